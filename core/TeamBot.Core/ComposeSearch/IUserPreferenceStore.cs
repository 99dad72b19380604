namespace TeamBot.Core.ComposeSearch;

/// <summary>Per-user settings, keyed by the question log's pseudonym (never the user id itself).</summary>
public interface IUserPreferenceStore
{
    Task<UserPreferences> GetAsync(string askerPseudonym, CancellationToken cancellationToken = default);

    Task SaveAsync(string askerPseudonym, UserPreferences preferences, CancellationToken cancellationToken = default);
}
