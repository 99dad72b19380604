using TeamBot.Core.Documents;
using TeamBot.Core.PlanDocuments;

namespace TeamBot.Bot.PlanDocuments;

/// <summary>Registers plan document rendering: templates from "Documents:TemplatesPath", limits from "Documents:Rendering".</summary>
public static class PlanDocumentServiceCollectionExtensions
{
    public static IServiceCollection AddPlanDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentTemplateOptions>().Bind(configuration.GetSection(DocumentTemplateOptions.Section));
        services.AddOptions<DocumentRenderOptions>().Bind(configuration.GetSection(DocumentRenderOptions.Section));
        services.AddSingleton(sp => new DocxTemplateRenderer(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DocumentRenderOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<PlanApiOptions>().Bind(configuration.GetSection(PlanApiOptions.Section));
        services.AddSingleton<DocumentTemplateLibrary>();
        services.AddSingleton<PlanDocumentService>();
        services.AddSingleton<PlanDocumentPublisher>();
        return services;
    }
}
