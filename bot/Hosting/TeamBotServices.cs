using TeamBot.Core;
using TeamBot.Microsoft365;
using TeamBot.Storage.Sqlite;

namespace TeamBot.Bot.Hosting;

/// <summary>The one composition of TeamBot's services, shared by the web host and the CLI verbs.</summary>
public static class TeamBotServices
{
    /// <summary>Core's use cases on SQLite storage and the configured document store, with the sample region on first start.</summary>
    public static IServiceCollection AddTeamBot(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddTeamBotCore(configuration);
        services.AddSqliteStorage(configuration, dataDirectory);
        services.AddDocumentStores(configuration, dataDirectory);
        services.AddOptions<SampleDataOptions>().Bind(configuration.GetSection(SampleDataOptions.Section));
        services.AddSingleton<SampleRegionLoader>();
        services.AddSingleton<StorageInitializer>();
        return services;
    }
}
