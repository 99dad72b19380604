namespace TeamBot.Bot.PlanDocuments;

/// <summary>Registers the plan document API's own settings; rendering and publication come from TeamBot.Core.</summary>
public static class PlanDocumentServiceCollectionExtensions
{
    public static IServiceCollection AddPlanDocumentApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlanApiOptions>().Bind(configuration.GetSection(PlanApiOptions.Section));
        return services;
    }
}
