using Dapper;
using TeamBot.Core.ComposeSearch;

namespace TeamBot.Storage.Postgres;

/// <summary>Per-user settings by pseudonym; a user with nothing set has no row.</summary>
public sealed class PostgresUserPreferenceStore(PostgresDatabase database, TimeProvider clock) : IUserPreferenceStore
{
    public async Task<UserPreferences> GetAsync(string askerPseudonym, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var municipality = await connection.QuerySingleOrDefaultAsync<string?>(Sql.Command(
            "SELECT default_municipality FROM user_preference WHERE asker_pseudonym = @askerPseudonym", new { askerPseudonym }, cancellationToken));
        return new UserPreferences(municipality);
    }

    public async Task SaveAsync(string askerPseudonym, UserPreferences preferences, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO user_preference (asker_pseudonym, default_municipality, updated_at) VALUES (@askerPseudonym, @Municipality, @Now)
            ON CONFLICT (asker_pseudonym) DO UPDATE SET default_municipality = excluded.default_municipality, updated_at = excluded.updated_at
            """,
            new { askerPseudonym, Municipality = preferences.DefaultMunicipality, Now = clock.GetUtcNow().ToUniversalTime() }, cancellationToken));
    }
}
