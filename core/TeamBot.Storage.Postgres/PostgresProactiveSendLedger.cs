using Dapper;
using TeamBot.Core.Delivery;

namespace TeamBot.Storage.Postgres;

/// <summary>
/// The ledger of digests and alerts all instances share: a digest per channel per week, an alert per asker per import.
/// The claim is one statement that inserts the row or takes over a claim whose lease ended; a sent row is never taken again.
/// </summary>
public sealed class PostgresProactiveSendLedger(PostgresDatabase database, TimeProvider clock) : IProactiveSendLedger
{
    /// <summary>A digest week and an import's alerts are long over by then.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromDays(400);

    public async Task<ProactiveSendClaim> TryClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var token = Guid.NewGuid().ToString("N");
        await using var connection = await database.OpenAsync(cancellationToken);
        var taken = await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO proactive_send (key, state, claim_token, claimed_until, updated_at) VALUES (@key, 'claimed', @token, @Until, @now)
            ON CONFLICT (key) DO UPDATE SET claim_token = excluded.claim_token, claimed_until = excluded.claimed_until, updated_at = excluded.updated_at
            WHERE proactive_send.state = 'claimed' AND proactive_send.claimed_until <= @now
            """,
            new { key, token, now, Until = now + lease }, cancellationToken));
        if (taken == 1) return ProactiveSendClaim.Claimed(token);
        var row = StoredRow.FromOptional(await connection.QuerySingleAsync<object>(Sql.Command(
            "SELECT state, activity_id FROM proactive_send WHERE key = @key", new { key }, cancellationToken)))!.Value;
        return row.Text("state") == "sent"
            ? new ProactiveSendClaim(OutgoingActivityClaimStatus.AlreadySent, ActivityId: row.OptionalText("activity_id"))
            : ProactiveSendClaim.InProgress;
    }

    public async Task MarkSentAsync(string key, string token, string? activityId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "UPDATE proactive_send SET state = 'sent', activity_id = @activityId, updated_at = @now WHERE key = @key AND claim_token = @token",
            new { key, token, activityId, now }, cancellationToken));
        await connection.ExecuteAsync(Sql.Command(
            "DELETE FROM proactive_send WHERE updated_at < @Cutoff", new { Cutoff = now - Retention }, cancellationToken));
    }

    public async Task ReleaseAsync(string key, string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "DELETE FROM proactive_send WHERE key = @key AND state = 'claimed' AND claim_token = @token", new { key, token }, cancellationToken));
    }
}
