namespace TeamBot.Bot.Manifest;

/// <summary>The app id or host given for the Teams app package is not usable; the message says why, in Dutch.</summary>
public sealed class TeamsAppPackageException(string message) : Exception(message);
