using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Sqlite;

/// <summary>
/// Ready when a question could be logged now: the database takes a write and the data folder has room left.
/// Reports the data version, so an operator sees imports land.
/// </summary>
public sealed class StorageHealthCheck(SqliteDatabase database, IRegionStore store, TimeProvider clock, IOptions<StorageOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await ProbeWriteAsync(cancellationToken);
            var version = await store.GetDataVersionAsync(cancellationToken);
            if (FreeMegabytes() is { } free && free < options.Value.MinimumFreeMegabytes)
                return HealthCheckResult.Unhealthy($"only {free} MB free in {database.DataDirectory} (Storage:MinimumFreeMegabytes is {options.Value.MinimumFreeMegabytes})");
            return HealthCheckResult.Healthy($"data version {version}, writable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"the database does not take a write: {e.Message}");
        }
    }

    private async Task ProbeWriteAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO readiness_probe (id, probed_at) VALUES (1, @At)
            ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at
            """,
            new { At = SqliteTimestamp.Format(clock.GetUtcNow()) },
            cancellationToken));
    }

    /// <summary>Null when the folder is not there to measure (an in-memory database).</summary>
    private long? FreeMegabytes() =>
        Directory.Exists(database.DataDirectory) ? new DriveInfo(database.DataDirectory).AvailableFreeSpace / (1024 * 1024) : null;
}
