using Dapper;
using TeamBot.Core.Delivery;

namespace TeamBot.Storage.Sqlite;

/// <summary>
/// The ledger of digests and alerts in the database all instances share. The claim is one statement: it inserts the
/// row, or takes over a claim whose lease has ended; a sent row is never taken again.
/// </summary>
public sealed class SqliteProactiveSendLedger(SqliteDatabase database, TimeProvider clock) : IProactiveSendLedger
{
    /// <summary>A digest week and an import's alerts are long over by then.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromDays(400);

    public async Task<ProactiveSendClaim> TryClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid().ToString("N");
        await using var connection = await database.OpenAsync(cancellationToken);
        var taken = await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO proactive_send (key, state, claim_token, claimed_until, updated_at) VALUES (@key, 'claimed', @token, @Until, @Now)
            ON CONFLICT (key) DO UPDATE SET claim_token = excluded.claim_token, claimed_until = excluded.claimed_until, updated_at = excluded.updated_at
            WHERE proactive_send.state = 'claimed' AND proactive_send.claimed_until <= @Now
            """,
            new { key, token, Now = SqliteTimestamp.Format(now), Until = SqliteTimestamp.Format(now + lease) }, cancellationToken));
        if (taken == 1) return ProactiveSendClaim.Claimed(token);
        var row = await connection.QuerySingleAsync(Sql.Command("SELECT state, activity_id FROM proactive_send WHERE key = @key", new { key }, cancellationToken));
        return (string)row.state == "sent"
            ? new ProactiveSendClaim(OutgoingActivityClaimStatus.AlreadySent, ActivityId: (string?)row.activity_id)
            : ProactiveSendClaim.InProgress;
    }

    public async Task MarkSentAsync(string key, string token, string? activityId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "UPDATE proactive_send SET state = 'sent', activity_id = @activityId, updated_at = @Now WHERE key = @key AND claim_token = @token",
            new { key, token, activityId, Now = SqliteTimestamp.Format(now) }, cancellationToken));
        await connection.ExecuteAsync(Sql.Command(
            "DELETE FROM proactive_send WHERE updated_at < @Cutoff", new { Cutoff = SqliteTimestamp.Format(now - Retention) }, cancellationToken));
    }

    public async Task ReleaseAsync(string key, string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "DELETE FROM proactive_send WHERE key = @key AND state = 'claimed' AND claim_token = @token", new { key, token }, cancellationToken));
    }
}
