using TeamBot.Core;
using TeamBot.Microsoft365;
using TeamBot.Storage.Postgres;
using TeamBot.Storage.Sqlite;

namespace TeamBot.Bot.Hosting;

/// <summary>The one composition of TeamBot's services, shared by the web host and the CLI verbs.</summary>
public static class TeamBotServices
{
    /// <summary>
    /// The embedded default is SQLite in the data folder; a PostgreSQL connection string in ConnectionStrings:TeamBot
    /// switches every store to that server, and nothing else changes.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, string dataDirectory) =>
        PostgresConnectionString.IsPostgres(configuration.GetConnectionString(PostgresStorageServiceCollectionExtensions.ConnectionStringName))
            ? services.AddPostgresStorage(configuration)
            : services.AddSqliteStorage(configuration, dataDirectory);

    /// <summary>Core's use cases on the configured storage and the configured document store, with the sample region on first start.</summary>
    public static IServiceCollection AddTeamBot(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddTeamBotCore(configuration);
        services.AddStorage(configuration, dataDirectory);
        services.AddDocumentStores(configuration, dataDirectory);
        services.AddOptions<SampleDataOptions>().Bind(configuration.GetSection(SampleDataOptions.Section));
        services.AddSingleton<SampleRegionLoader>();
        services.AddSingleton<StorageInitializer>();
        return services;
    }
}
