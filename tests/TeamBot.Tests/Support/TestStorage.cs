using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Regions.Import;
using TeamBot.Storage.Sqlite;

namespace TeamBot.Tests.Support;

/// <summary>A real SQLite store in a temporary data folder, with the import service over it and a fake clock.</summary>
public sealed class TestStorage : IDisposable
{
    private readonly TempDirectory _folder = new();

    private TestStorage()
    {
        Options = Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataDirectory = _folder.File("data") });
        Database = new SqliteDatabase(Options);
        Store = new SqliteRegionStore(Database);
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        Importer = new RegionImportService(Store, new ContractDocumentFolderReader(), TestCalendar.On(Clock), NullLogger<RegionImportService>.Instance);
    }

    public IOptions<StorageOptions> Options { get; }

    public SqliteDatabase Database { get; }

    public SqliteRegionStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public RegionImportService Importer { get; }

    public string Folder => _folder.Path;

    public string DataDirectory => Options.Value.DataDirectory;

    public static async Task<TestStorage> CreateAsync()
    {
        var storage = new TestStorage();
        await new SqliteMigrator(storage.Database, storage.Clock, NullLogger<SqliteMigrator>.Instance).MigrateAsync();
        return storage;
    }

    /// <summary>A data folder with no schema yet, for tests that migrate step by step.</summary>
    public static Task<TestStorage> CreateEmptyAsync() => Task.FromResult(new TestStorage());

    /// <summary>Everything stored, as one comparable text: region data, data version and import history.</summary>
    public async Task<string> SnapshotAsync()
    {
        var data = await Store.LoadAsync();
        var history = await Store.GetImportHistoryAsync(100);
        return JsonSerializer.Serialize(new { data, version = await Store.GetDataVersionAsync(), history });
    }

    public void Dispose() => _folder.Dispose();
}
