namespace TeamBot.Core.ComposeSearch;

/// <summary>What one user set for the compose-box search, stored under the question log's pseudonym.</summary>
/// <param name="DefaultMunicipality">The gemeente searches are for when the query names none.</param>
public sealed record UserPreferences(string? DefaultMunicipality)
{
    public static UserPreferences None { get; } = new((string?)null);
}
