using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;
using TeamBot.Storage.Postgres;
using TeamBot.Storage.Sqlite;

namespace TeamBot.Tests.Support;

/// <summary>
/// Every storage port, migrated, on one real database: SQLite in a temporary folder, or a database of its own on the
/// PostgreSQL server of TEAMBOT_TEST_POSTGRES (test.sh starts one with tests/postgres/server.sh). The shared storage
/// suite runs its tests on both.
/// </summary>
public sealed class StorageBackend : IAsyncDisposable
{
    public const string PostgresVariable = "TEAMBOT_TEST_POSTGRES";

    private readonly ServiceProvider _services;
    private readonly IConfiguration _configuration;
    private readonly string _dataDirectory;
    private readonly Func<ValueTask> _cleanUp;

    private StorageBackend(string name, IConfiguration configuration, string dataDirectory, Func<ValueTask> cleanUp)
    {
        Name = name;
        _configuration = configuration;
        _dataDirectory = dataDirectory;
        _cleanUp = cleanUp;
        _services = AnotherInstance();
    }

    /// <summary>"sqlite" or "postgres", as the theories name them.</summary>
    public string Name { get; }

    /// <summary>One clock for every instance on this database, so leases and retention can be stepped over.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A second instance on the same database: its own services, pools and caches, as a second host would have.</summary>
    public ServiceProvider AnotherInstance()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        if (Name == "postgres") services.AddPostgresStorage(_configuration);
        else services.AddSqliteStorage(_configuration, _dataDirectory);
        return services.BuildServiceProvider();
    }

    public RegionImportService Importer() =>
        new(Get<IRegionStore>(), new ContractDocumentFolderReader(), TestCalendar.On(Clock), NullLogger<RegionImportService>.Instance);

    public static Task<StorageBackend> CreateAsync(string kind) => kind switch
    {
        "sqlite" => CreateSqliteAsync(),
        "postgres" => CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "sqlite or postgres"),
    };

    private static async Task<StorageBackend> CreateSqliteAsync()
    {
        var folder = new TempDirectory();
        var backend = new StorageBackend("sqlite", new ConfigurationBuilder().Build(), folder.File("data"), () =>
        {
            folder.Dispose();
            return ValueTask.CompletedTask;
        });
        await backend.Get<IStorageMigrator>().MigrateAsync();
        return backend;
    }

    private static async Task<StorageBackend> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException(
                $"{PostgresVariable} is not set: the PostgreSQL storage tests need a server. ./test.sh starts one; by hand: export {PostgresVariable}=$(tests/postgres/server.sh start)");
        var database = "teambot_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:TeamBot"] = connectionString })
            .Build();
        var backend = new StorageBackend("postgres", configuration, "", async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        });
        await backend.Get<IStorageMigrator>().MigrateAsync();
        return backend;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _cleanUp();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
