using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamBot.Core.Cards;
using TeamBot.Core.ComposeSearch;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Alerts;
using TeamBot.Core.Delivery;
using TeamBot.Core.Digest;
using TeamBot.Core.Documents;
using TeamBot.Core.Escalations;
using TeamBot.Core.PlanDocuments;
using TeamBot.Core.Plans;
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
        services.AddSingleton<StandardAnswers>();
        services.AddOptions<CardOptions>().Bind(configuration.GetSection(CardOptions.Section));
        services.AddSingleton<AdaptiveCardTemplates>();
        services.AddSingleton<CardFactory>();
        services.AddSingleton<EscalationService>();
        services.AddSingleton<EscalationWorkflow>();
        return services.AddDigest(configuration).AddPlanDocuments(configuration).AddComposeSearch(configuration);
    }

    /// <summary>The weekly digest ("Digest") and the change alerts that share its ledger of proactive sends.</summary>
    private static IServiceCollection AddDigest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.Section))
            .Validate(o => DigestSchedule.IsValid(o.Schedule), "Digest:Schedule is geen geldige cron-expressie (5 velden, bijvoorbeeld \"0 8 * * 1\" voor maandag 08:00).")
            .Validate(o => o.MinutesPerQuestion is >= 0 and <= 480, "Digest:MinutesPerQuestion moet tussen 0 en 480 minuten liggen.")
            .Validate(o => o.SendLease >= TimeSpan.FromSeconds(10) && o.SendLease <= TimeSpan.FromHours(6), "Digest:SendLease moet tussen 00:00:10 en 06:00:00 liggen.")
            .Validate(o => o.CheckInterval >= TimeSpan.FromSeconds(1) && o.CheckInterval <= TimeSpan.FromHours(1), "Digest:CheckInterval moet tussen 00:00:01 en 01:00:00 liggen.")
            .Validate(o => o.AlertLookbackDays is >= 1 and <= 365, "Digest:AlertLookbackDays moet tussen 1 en 365 dagen liggen.")
            .Validate(o => o.Channels.All(c => c.ConversationId.Length is > 0 and <= 500), "Digest:Channels: elk kanaal heeft een ConversationId (hoogstens 500 tekens).")
            .ValidateOnStart();
        services.AddOptions<PlanLibraryOptions>().Bind(configuration.GetSection(PlanLibraryOptions.Section));
        services.AddSingleton<PlanLibrary>();
        services.AddSingleton<PlanCosts>();
        services.AddSingleton<OnceOnlySends>();
        services.AddSingleton<DigestSchedule>();
        services.AddSingleton<PlanActionsDue>();
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestCards>();
        services.AddSingleton<DigestRecipients>();
        services.AddSingleton<DigestSubscriptions>();
        services.AddSingleton<DigestDispatcher>();
        services.AddSingleton<ChangeAlertCards>();
        services.AddSingleton<ChangeAlertService>();
        return services;
    }

    /// <summary>The verwijsgids in the Teams compose box ("ComposeSearch"); its cards come from the same templates.</summary>
    private static IServiceCollection AddComposeSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ComposeSearchOptions>().Bind(configuration.GetSection(ComposeSearchOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ComposeSearchOptions>, ComposeSearchOptionsValidator>();
        services.AddSingleton<MostAskedProducts>();
        services.AddSingleton<ComposeSearchService>();
        services.AddSingleton<ComposeSearchCards>();
        return services;
    }

    /// <summary>Plan documents: templates from "Documents:TemplatesPath", limits from "Documents:Rendering", publication through the document store.</summary>
    private static IServiceCollection AddPlanDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentTemplateOptions>().Bind(configuration.GetSection(DocumentTemplateOptions.Section))
            // Unset, plan text sent without a file (the add-in's stored plans) takes its images from the stored plans' folder.
            .PostConfigure<IOptions<PlanLibraryOptions>>((documents, plans) =>
            {
                if (string.IsNullOrWhiteSpace(documents.PlanImagesPath)) documents.PlanImagesPath = plans.Value.Path;
            });
        services.AddOptions<DocumentRenderOptions>().Bind(configuration.GetSection(DocumentRenderOptions.Section));
        services.AddSingleton<DocxTemplateRenderer>();
        services.AddSingleton<DocumentTemplateLibrary>();
        services.AddSingleton<PlanDocumentService>();
        services.AddSingleton<PlanPublication>();
        return services;
    }
}
