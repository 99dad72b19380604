using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Postgres;

/// <summary>Ready when a question could be logged now: the database takes a write. Reports the data version, so an operator sees imports land.</summary>
public sealed class PostgresHealthCheck(PostgresDatabase database, IRegionStore store, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using (var connection = await database.OpenAsync(cancellationToken))
                await connection.ExecuteAsync(Sql.Command(
                    "INSERT INTO readiness_probe (id, probed_at) VALUES (1, @At) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at",
                    new { At = clock.GetUtcNow().ToUniversalTime() }, cancellationToken));
            var version = await store.GetDataVersionAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PostgreSQL database {database.DatabaseName}: data version {version}, writable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL database {database.DatabaseName} does not take a write: {e.Message}");
        }
    }
}
