using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamBot.Core.Alerts;
using TeamBot.Core.ComposeSearch;
using TeamBot.Core.Conversations;
using TeamBot.Core.Digest;
using TeamBot.Core.Delivery;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>Every storage port of TeamBot.Core on the SQLite file in <paramref name="dataDirectory"/> (or Storage:ConnectionString).</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(o => o.DataDirectory = dataDirectory)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "Storage:DataDirectory (--data of TEAMBOT_DATA) mag niet leeg zijn.")
            .Validate(o => o.BusyTimeoutSeconds is >= 0 and <= 600, "Storage:BusyTimeoutSeconds moet tussen 0 en 600 liggen.")
            .ValidateOnStart();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IStorageMigrator, SqliteMigrator>();
        services.AddSingleton<IStartupLock, SqliteStartupLock>();
        services.AddSingleton<IRegionStore, SqliteRegionStore>();
        services.AddSingleton<IQuestionLog, SqliteQuestionLog>();
        services.AddSingleton<IEscalationStore, SqliteEscalationStore>();
        services.AddSingleton<IFaqStore, SqliteFaqStore>();
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<IOutgoingActivityLog, SqliteOutgoingActivityLog>();
        services.AddSingleton<IProactiveSendLedger, SqliteProactiveSendLedger>();
        services.AddSingleton<IDigestSubscriptionStore, SqliteDigestSubscriptionStore>();
        services.AddSingleton<IAlertRecipientStore, SqliteAlertRecipientStore>();
        services.AddSingleton<IUserPreferenceStore, SqliteUserPreferenceStore>();
        services.AddKeyedSingleton<IHealthCheck, StorageHealthCheck>(StorageServiceKeys.Readiness);
        return services;
    }
}
