using Dapper;
using TeamBot.Core.Delivery;

namespace TeamBot.Storage.Postgres;

/// <summary>
/// The outgoing-activity log all instances share. The claim is one INSERT ... ON CONFLICT: PostgreSQL locks the row,
/// so of two instances claiming at once exactly one wins; a claim older than <see cref="ClaimLease"/> may be taken over.
/// </summary>
public sealed class PostgresOutgoingActivityLog(PostgresDatabase database, TimeProvider clock) : IOutgoingActivityLog
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    public async Task<OutgoingActivityClaim> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var connection = await database.OpenAsync(cancellationToken);
        var taken = await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO outgoing_activity (key, state, updated_at) VALUES (@key, 'claimed', @now)
            ON CONFLICT (key) DO UPDATE SET updated_at = excluded.updated_at
            WHERE outgoing_activity.state = 'claimed' AND outgoing_activity.updated_at < @LeaseEnded
            """,
            new { key, now, LeaseEnded = now - ClaimLease }, cancellationToken));
        if (taken == 1) return OutgoingActivityClaim.Claimed;
        var row = StoredRow.FromOptional(await connection.QuerySingleAsync<object>(Sql.Command(
            "SELECT state, response FROM outgoing_activity WHERE key = @key", new { key }, cancellationToken)))!.Value;
        return row.Text("state") == "sent" ? OutgoingActivityClaim.AlreadySent(row.OptionalText("response")) : OutgoingActivityClaim.InProgress;
    }

    public async Task MarkSentAsync(string key, string? responseJson, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "UPDATE outgoing_activity SET state = 'sent', response = @responseJson, updated_at = @now WHERE key = @key",
            new { key, responseJson, now }, cancellationToken));
        // Old entries only matter for retries and repeated calls, which happen within minutes.
        await connection.ExecuteAsync(Sql.Command(
            "DELETE FROM outgoing_activity WHERE updated_at < @Cutoff", new { Cutoff = now - Retention }, cancellationToken));
    }

    public async Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command("DELETE FROM outgoing_activity WHERE key = @key AND state = 'claimed'", new { key }, cancellationToken));
    }
}
