using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Sqlite;

/// <summary>Healthy when the region store answers; reports the data version so an operator sees imports land.</summary>
public sealed class StorageHealthCheck(IRegionStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await store.GetDataVersionAsync(cancellationToken);
            return HealthCheckResult.Healthy($"data version {version}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("storage unavailable", e);
        }
    }
}
