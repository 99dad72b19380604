using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamBot.Core.Storage;

namespace TeamBot.Bot.Hosting;

/// <summary>
/// /healthz is liveness (the process answers; a restart would not help a full disk); /readyz says whether questions can
/// be answered and logged now, check by check, so a load balancer stops sending and an operator sees why.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddTeamBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .Add(new HealthCheckRegistration("database", sp => sp.GetRequiredKeyedService<IHealthCheck>(StorageServiceKeys.Readiness), null, [Ready]))
            .AddCheck<KnowledgeReadinessCheck>("knowledge", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapTeamBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteReportAsync });
        return endpoints;
    }

    private static Task WriteReportAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(entry => new { name = entry.Key, status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}
