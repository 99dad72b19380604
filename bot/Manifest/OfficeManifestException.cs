namespace TeamBot.Bot.Manifest;

/// <summary>The host or app id given for the Office add-in manifest is not usable; the message says why, in Dutch.</summary>
public sealed class OfficeManifestException(string message) : Exception(message);
