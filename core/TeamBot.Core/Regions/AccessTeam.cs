namespace TeamBot.Core.Regions;

/// <summary>A toegang: the access team that refers the inwoners of one or more gemeenten to care.</summary>
public sealed record AccessTeam(string Name, IReadOnlyList<string> Municipalities);
