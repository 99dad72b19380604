using Dapper;
using TeamBot.Core.Delivery;

namespace TeamBot.Storage.Sqlite;

/// <summary>
/// The outgoing-activity log in the database, shared by every instance. A claim is a lease: if the instance
/// that took it crashed mid-send, another may take it over after <see cref="ClaimLease"/>.
/// </summary>
public sealed class SqliteOutgoingActivityLog(SqliteDatabase database, TimeProvider clock) : IOutgoingActivityLog
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    public async Task<OutgoingActivityClaim> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var taken = await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO outgoing_activity (key, state, updated_at) VALUES (@key, 'claimed', @Now)
            ON CONFLICT (key) DO UPDATE SET updated_at = excluded.updated_at
            WHERE outgoing_activity.state = 'claimed' AND outgoing_activity.updated_at < @LeaseEnded
            """,
            new { key, Now = SqliteTimestamp.Format(now), LeaseEnded = SqliteTimestamp.Format(now - ClaimLease) }, cancellationToken));
        if (taken == 1) return OutgoingActivityClaim.Claimed;
        var row = await connection.QuerySingleAsync(Sql.Command("SELECT state, response FROM outgoing_activity WHERE key = @key", new { key }, cancellationToken));
        return (string)row.state == "sent" ? OutgoingActivityClaim.AlreadySent((string?)row.response) : OutgoingActivityClaim.InProgress;
    }

    public async Task MarkSentAsync(string key, string? responseJson, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "UPDATE outgoing_activity SET state = 'sent', response = @responseJson, updated_at = @Now WHERE key = @key",
            new { key, responseJson, Now = SqliteTimestamp.Format(now) }, cancellationToken));
        // Old entries only matter for retries and repeated calls, which happen within minutes.
        await connection.ExecuteAsync(Sql.Command(
            "DELETE FROM outgoing_activity WHERE updated_at < @Cutoff", new { Cutoff = SqliteTimestamp.Format(now - Retention) }, cancellationToken));
    }

    public async Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command("DELETE FROM outgoing_activity WHERE key = @key AND state = 'claimed'", new { key }, cancellationToken));
    }
}
