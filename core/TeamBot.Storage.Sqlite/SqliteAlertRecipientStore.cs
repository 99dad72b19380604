using Dapper;
using TeamBot.Core.Alerts;

namespace TeamBot.Storage.Sqlite;

/// <summary>Where askers can be alerted, by pseudonym.</summary>
public sealed class SqliteAlertRecipientStore(SqliteDatabase database, TimeProvider clock) : IAlertRecipientStore
{
    public async Task RememberAsync(string askerPseudonym, string address, string? municipality, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO alert_recipient (asker_pseudonym, address, municipality, alerts_off, updated_at) VALUES (@askerPseudonym, @address, @municipality, 0, @Now)
            ON CONFLICT (asker_pseudonym) DO UPDATE SET address = excluded.address,
                municipality = coalesce(excluded.municipality, alert_recipient.municipality), updated_at = excluded.updated_at
            """,
            new { askerPseudonym, address, municipality, Now = SqliteTimestamp.Format(clock.GetUtcNow()) }, cancellationToken));
    }

    public async Task<AlertRecipient?> GetAsync(string askerPseudonym, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync(Sql.Command(
            "SELECT asker_pseudonym, address, municipality, alerts_off FROM alert_recipient WHERE asker_pseudonym = @askerPseudonym",
            new { askerPseudonym }, cancellationToken));
        return row is null ? null : new AlertRecipient((string)row.asker_pseudonym, (string)row.address, (string?)row.municipality, (long)row.alerts_off == 1);
    }

    public async Task<int> ForgetIdleSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Sql.Command(
            "DELETE FROM alert_recipient WHERE alerts_off = 0 AND updated_at < @Cutoff", new { Cutoff = SqliteTimestamp.Format(cutoff) }, cancellationToken));
    }

    public async Task SetAlertsOffAsync(string askerPseudonym, string address, bool alertsOff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO alert_recipient (asker_pseudonym, address, alerts_off, updated_at) VALUES (@askerPseudonym, @address, @Off, @Now)
            ON CONFLICT (asker_pseudonym) DO UPDATE SET alerts_off = excluded.alerts_off, address = excluded.address, updated_at = excluded.updated_at
            """,
            new { askerPseudonym, address, Off = alertsOff ? 1 : 0, Now = SqliteTimestamp.Format(clock.GetUtcNow()) }, cancellationToken));
    }
}
