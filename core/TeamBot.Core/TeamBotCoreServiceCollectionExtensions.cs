using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Cards;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Documents;
using TeamBot.Core.Escalations;
using TeamBot.Core.PlanDocuments;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Answering;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Questions.Statistics;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Core;

public static class TeamBotCoreServiceCollectionExtensions
{
    /// <summary>
    /// TeamBot's use cases and their options. The storage ports (IRegionStore, IQuestionLog, ...), the document store and
    /// the channel ports (IAskerNotifier, ITicketBoard) come from the adapters the host composes.
    /// </summary>
    public static IServiceCollection AddTeamBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<RegionOptions>().Bind(configuration.GetSection(RegionOptions.Section))
            .Validate(o => RegionCalendar.TryFindTimeZone(o.TimeZone, out _), "Region:TimeZone is geen bekende tijdzone (bijvoorbeeld Europe/Amsterdam).")
            .ValidateOnStart();
        services.AddSingleton<RegionCalendar>();
        services.AddOptions<QuestionOptions>().Bind(configuration.GetSection(QuestionOptions.Section))
            .Validate(o => o.LogRetentionDays > 0, "Questions:LogRetentionDays moet groter dan nul zijn.")
            .ValidateOnStart();
        services.AddSingleton<ContractDocumentFolderReader>();
        services.AddSingleton<RegionImportService>();
        services.AddSingleton<IRegionKnowledgeProvider, RegionKnowledgeCache>();
        services.AddSingleton<QuestionClassifier>();
        services.AddSingleton<CaseQuestionResponder>();
        services.AddSingleton<QuestionService>();
        services.AddSingleton<QuestionLogRetention>();
        services.AddOptions<QuestionStatisticsOptions>().Bind(configuration.GetSection(QuestionStatisticsOptions.Section))
            .Validate(o => o.MinutesPerQuestion is >= 0 and <= 480, "Questions:Statistics:MinutesPerQuestion moet tussen 0 en 480 minuten liggen.")
            .Validate(o => o.ResponseWorkingDays is >= 1 and <= 60, "Questions:Statistics:ResponseWorkingDays moet tussen 1 en 60 werkdagen liggen.")
            .ValidateOnStart();
        services.AddSingleton<QuestionStatisticsService>();
        services.AddSingleton<FaqCache>();
        services.AddOptions<CardOptions>().Bind(configuration.GetSection(CardOptions.Section));
        services.AddSingleton<AdaptiveCardTemplates>();
        services.AddSingleton<CardFactory>();
        services.AddSingleton<EscalationService>();
        services.AddSingleton<EscalationWorkflow>();
        return services.AddPlanDocuments(configuration);
    }

    /// <summary>Plan documents: templates from "Documents:TemplatesPath", limits from "Documents:Rendering", publication through the document store.</summary>
    private static IServiceCollection AddPlanDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentTemplateOptions>().Bind(configuration.GetSection(DocumentTemplateOptions.Section));
        services.AddOptions<DocumentRenderOptions>().Bind(configuration.GetSection(DocumentRenderOptions.Section));
        services.AddSingleton<DocxTemplateRenderer>();
        services.AddSingleton<DocumentTemplateLibrary>();
        services.AddSingleton<PlanDocumentService>();
        services.AddSingleton<PlanPublication>();
        return services;
    }
}
