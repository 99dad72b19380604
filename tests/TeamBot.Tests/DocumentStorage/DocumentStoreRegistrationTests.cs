using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamBot.Core.Documents.Storage;
using TeamBot.Microsoft365;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.DocumentStorage;

public sealed class DocumentStoreRegistrationTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public void By_default_documents_go_to_the_documenten_folder_in_the_data_folder()
    {
        using var services = Build([]);

        var store = Assert.IsType<LocalFolderStore>(services.GetRequiredService<IDocumentStore>());

        Assert.Equal(Path.Combine(_data.Path, "documenten"), store.Folder);
        Assert.IsType<LibreOfficePdfConverter>(services.GetRequiredService<IPdfConverter>());
    }

    [Fact]
    public void The_graph_provider_serves_the_graph_drive_store_with_its_settings_bound()
    {
        using var services = Build(new()
        {
            ["Documents:Provider"] = "graph",
            ["Documents:Graph:DriveId"] = "b!abc",
            ["Documents:Graph:FolderPath"] = "Uitvoeringsplannen",
            ["Documents:Graph:Timeout"] = "00:00:30",
            ["Documents:Graph:UploadChunkBytes"] = "655360",
        });

        Assert.IsType<GraphDriveStore>(services.GetRequiredService<IDocumentStore>());
        var graph = services.GetRequiredService<IOptions<GraphDriveOptions>>().Value;
        Assert.Equal(("b!abc", "Uitvoeringsplannen", TimeSpan.FromSeconds(30), 655360), (graph.DriveId, graph.FolderPath, graph.Timeout, graph.UploadChunkBytes));
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_key_to_fix()
    {
        using var services = Build(new() { ["Documents:Provider"] = "sharepoint" });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IDocumentStore>());

        Assert.Contains("Documents:Provider moet 'local' of 'graph' zijn.", e.Message);
    }

    [Fact]
    public void A_chunk_size_Graph_would_refuse_is_reported_before_any_upload()
    {
        var problems = new GraphDriveOptions { DriveId = "d", TenantId = "t", ClientId = "c", ClientSecret = "s", UploadChunkBytes = 1_000_000 }.FindProblems();

        Assert.Equal(["Documents:Graph:UploadChunkBytes (1000000) moet een veelvoud van 327680 (320 KiB) zijn"], problems);
    }

    public void Dispose() => _data.Dispose();

    private ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddDocumentStores(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _data.Path)
            .BuildServiceProvider();
}
