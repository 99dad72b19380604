using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamBot.Core.Questions;

namespace TeamBot.Bot.Hosting;

/// <summary>Ready when the region's verwijsgids and document search index are loaded: without them no question gets an answer.</summary>
public sealed class KnowledgeReadinessCheck(IRegionKnowledgeProvider knowledge) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var loaded = await knowledge.GetAsync(cancellationToken);
            var contracts = loaded.Guide.Data.Counts.Contracts;
            return contracts == 0
                ? HealthCheckResult.Unhealthy("no region imported yet: run `teambot import` with the region's workbook")
                : HealthCheckResult.Healthy($"{contracts} contracts and {loaded.Search.SectionCount} document sections indexed (data version {loaded.DataVersion})");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"the region could not be loaded: {e.Message}");
        }
    }
}
