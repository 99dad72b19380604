namespace TeamBot.Bot.LocalChat;

/// <summary>A gemeente the local chat's picker offers, with the regions (Jeugd, Wmo) it belongs to.</summary>
public sealed record MunicipalityChoice(string Name, IReadOnlyList<string> Regions);
