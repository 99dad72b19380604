using Dapper;
using TeamBot.Core.Alerts;

namespace TeamBot.Storage.Postgres;

/// <summary>Where askers can be alerted, by pseudonym.</summary>
public sealed class PostgresAlertRecipientStore(PostgresDatabase database, TimeProvider clock) : IAlertRecipientStore
{
    public async Task RememberAsync(string askerPseudonym, string address, string? municipality, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO alert_recipient (asker_pseudonym, address, municipality, alerts_off, updated_at) VALUES (@askerPseudonym, @address, @municipality, false, @Now)
            ON CONFLICT (asker_pseudonym) DO UPDATE SET address = excluded.address,
                municipality = coalesce(excluded.municipality, alert_recipient.municipality), updated_at = excluded.updated_at
            """,
            new { askerPseudonym, address, municipality, Now = clock.GetUtcNow().ToUniversalTime() }, cancellationToken));
    }

    public async Task<AlertRecipient?> GetAsync(string askerPseudonym, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = StoredRow.FromOptional(await connection.QuerySingleOrDefaultAsync<object>(Sql.Command(
            "SELECT asker_pseudonym, address, municipality, alerts_off FROM alert_recipient WHERE asker_pseudonym = @askerPseudonym",
            new { askerPseudonym }, cancellationToken)));
        return row is { } r ? new AlertRecipient(r.Text("asker_pseudonym"), r.Text("address"), r.OptionalText("municipality"), r.Flag("alerts_off")) : null;
    }

    public async Task<int> ForgetIdleSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Sql.Command(
            "DELETE FROM alert_recipient WHERE NOT alerts_off AND updated_at < @Cutoff", new { Cutoff = PostgresTimestamp.Utc(cutoff) }, cancellationToken));
    }

    public async Task SetAlertsOffAsync(string askerPseudonym, string address, bool alertsOff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO alert_recipient (asker_pseudonym, address, alerts_off, updated_at) VALUES (@askerPseudonym, @address, @alertsOff, @Now)
            ON CONFLICT (asker_pseudonym) DO UPDATE SET alerts_off = excluded.alerts_off, address = excluded.address, updated_at = excluded.updated_at
            """,
            new { askerPseudonym, address, alertsOff, Now = clock.GetUtcNow().ToUniversalTime() }, cancellationToken));
    }
}
