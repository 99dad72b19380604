using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Storage;
using TeamBot.Bot.Storage.Sqlite;
using TeamBot.Core.Cards;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Answering;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;

namespace TeamBot.Bot.Hosting;

/// <summary>The one composition of TeamBot's services, shared by the web host and the CLI verbs.</summary>
public static class TeamBotServices
{
    public static IServiceCollection AddTeamBot(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(o => o.DataDirectory = dataDirectory);
        services.AddOptions<SampleDataOptions>().Bind(configuration.GetSection(SampleDataOptions.Section));
        services.AddOptions<QuestionOptions>().Bind(configuration.GetSection(QuestionOptions.Section));
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IStorageMigrator, SqliteMigrator>();
        services.AddSingleton<IRegionStore, SqliteRegionStore>();
        services.AddSingleton<IQuestionLog, SqliteQuestionLog>();
        services.AddSingleton<IEscalationStore, SqliteEscalationStore>();
        services.AddSingleton<IFaqStore, SqliteFaqStore>();
        services.AddSingleton<ContractDocumentFolderReader>();
        services.AddSingleton<RegionImportService>();
        services.AddSingleton<SampleRegionLoader>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<IRegionKnowledgeProvider, RegionKnowledgeCache>();
        services.AddSingleton<QuestionClassifier>();
        services.AddSingleton<CaseQuestionResponder>();
        services.AddSingleton<QuestionService>();
        services.AddSingleton<QuestionLogRetention>();
        services.AddSingleton<FaqCache>();
        services.AddOptions<CardOptions>().Bind(configuration.GetSection(CardOptions.Section));
        services.AddSingleton<AdaptiveCardTemplates>();
        services.AddSingleton<CardFactory>();
        services.AddSingleton<EscalationService>();
        return services;
    }
}
