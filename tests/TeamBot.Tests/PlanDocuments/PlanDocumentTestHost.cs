using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamBot.Bot.Hosting;
using TeamBot.Core.PlanDocuments;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.PlanDocuments;

/// <summary>The services `plan render` and the host use, over a temporary data folder with the sample region and a fixed clock.</summary>
public sealed class PlanDocumentTestHost : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();

    private PlanDocumentTestHost(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddTeamBot(configuration, DataDirectory)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)))
            .BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public string DataDirectory => _folder.File("data");

    public string Folder => _folder.Path;

    public PlanDocumentService Documents => Services.GetRequiredService<PlanDocumentService>();

    public static string ShippedPlan(string fileName) => Path.Combine(AppContext.BaseDirectory, "templates", "plans", fileName);

    public static async Task<PlanDocumentTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new PlanDocumentTestHost(settings ?? new Dictionary<string, string?>());
        await host.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _folder.Dispose();
    }
}
