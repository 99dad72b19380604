namespace TeamBot.Core.ComposeSearch;

/// <summary>What a toegangsmedewerker typed in the compose box, and who typed it.</summary>
/// <param name="AskerId">The channel's user id; only its pseudonym is ever stored.</param>
/// <param name="AskerMunicipality">The gemeente the host knows for this user (configuration), used when no default is set.</param>
public sealed record ComposeSearchRequest(string Text, string? AskerId, string? AskerMunicipality);
