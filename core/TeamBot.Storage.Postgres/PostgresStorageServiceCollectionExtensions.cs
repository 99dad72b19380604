using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamBot.Core.Alerts;
using TeamBot.Core.ComposeSearch;
using TeamBot.Core.Conversations;
using TeamBot.Core.Delivery;
using TeamBot.Core.Digest;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Postgres;

public static class PostgresStorageServiceCollectionExtensions
{
    public const string ConnectionStringName = "TeamBot";

    /// <summary>Every storage port of TeamBot.Core on the PostgreSQL database of ConnectionStrings:TeamBot.</summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PostgresStorageOptions>()
            .Bind(configuration.GetSection("Storage"))
            .Configure(o => o.ConnectionString = configuration.GetConnectionString(ConnectionStringName) ?? "")
            .Validate(o => ParsesAsPostgres(o.ConnectionString),
                "ConnectionStrings:TeamBot is geen geldige PostgreSQL-verbinding: gebruik postgres://gebruiker:wachtwoord@server:5432/database of Host=...;Database=...;Username=...")
            .Validate(o => o.CommandTimeoutSeconds is >= 1 and <= 600, "Storage:CommandTimeoutSeconds moet tussen 1 en 600 liggen.")
            .ValidateOnStart();
        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<IStorageMigrator, PostgresMigrator>();
        services.AddSingleton<IStartupLock, PostgresStartupLock>();
        services.AddSingleton<IRegionStore, PostgresRegionStore>();
        services.AddSingleton<IQuestionLog, PostgresQuestionLog>();
        services.AddSingleton<IEscalationStore, PostgresEscalationStore>();
        services.AddSingleton<IFaqStore, PostgresFaqStore>();
        services.AddSingleton<IConversationStore, PostgresConversationStore>();
        services.AddSingleton<IOutgoingActivityLog, PostgresOutgoingActivityLog>();
        services.AddSingleton<IProactiveSendLedger, PostgresProactiveSendLedger>();
        services.AddSingleton<IDigestSubscriptionStore, PostgresDigestSubscriptionStore>();
        services.AddSingleton<IAlertRecipientStore, PostgresAlertRecipientStore>();
        services.AddSingleton<IUserPreferenceStore, PostgresUserPreferenceStore>();
        services.AddKeyedSingleton<IHealthCheck, PostgresHealthCheck>(StorageServiceKeys.Readiness);
        return services;
    }

    private static bool ParsesAsPostgres(string connectionString)
    {
        try
        {
            return PostgresConnectionString.IsPostgres(connectionString) && PostgresConnectionString.Parse(connectionString).Host is { Length: > 0 };
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
