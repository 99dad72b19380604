using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamBot.Bot.Hosting;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;

namespace TeamBot.Benchmarks;

/// <summary>TeamBot's services over a temporary SQLite folder holding <see cref="LargeRegion"/>, ten times the sample.</summary>
public sealed class LargeRegionServices : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "teambot-bench-" + Guid.NewGuid().ToString("N"));

    public LargeRegionServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SampleData:LoadOnFirstStart"] = "false" }).Build();
        Services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddTeamBot(configuration, _folder).BuildServiceProvider();
        Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: false).GetAwaiter().GetResult();
        var region = LargeRegion.Build();
        var record = new ImportRecord(0, DateTimeOffset.UtcNow, "groot.xlsx", "", region.Counts, []);
        Services.GetRequiredService<IRegionStore>().ReplaceAsync(region, record).GetAwaiter().GetResult();
    }

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public void Dispose()
    {
        Services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
