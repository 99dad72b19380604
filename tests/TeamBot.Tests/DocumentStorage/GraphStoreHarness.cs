using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TeamBot.Core.Documents.Storage;
using TeamBot.Microsoft365;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.DocumentStorage;

/// <summary>The real GraphDriveStore over a FakeGraphServer, a temporary local folder and a recording clock.</summary>
public sealed class GraphStoreHarness : IDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(5);

    private readonly TempDirectory _folder = new();
    private readonly GraphConnection _connection;
    private readonly ILoggerFactory _loggers;

    public GraphStoreHarness(Action<GraphDriveOptions>? configure = null)
    {
        Options = new DocumentStoreOptions
        {
            Provider = DocumentStoreOptions.GraphProvider,
            LocalFolder = _folder.File("documenten"),
        };
        GraphOptions = new GraphDriveOptions
        {
            DriveId = FakeGraphServer.DriveId,
            FolderPath = FakeGraphServer.Folder,
            TenantId = FakeGraphServer.TenantId,
            ClientId = FakeGraphServer.ClientId,
            ClientSecret = FakeGraphServer.ClientSecret,
            BaseUrl = Graph.BaseUrl,
            AuthorityHost = Graph.Url,
            Timeout = RequestTimeout,
        };
        configure?.Invoke(GraphOptions);
        _loggers = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        _connection = new GraphConnection(GraphOptions, Clock, _loggers, TestServerCertificate.TrustingHandler);
        var local = new LocalFolderStore(Microsoft.Extensions.Options.Options.Create(Options), Pdf, NullLogger<LocalFolderStore>.Instance);
        Store = new GraphDriveStore(local, new GraphDriveUploader(_connection, _loggers.CreateLogger<GraphDriveUploader>()), _connection, _loggers.CreateLogger<GraphDriveStore>());
    }

    public FakeGraphServer Graph { get; } = new();

    public GraphDriveOptions GraphOptions { get; }

    public DocumentStoreOptions Options { get; }

    public RecordingClock Clock { get; } = new();

    public FakePdfConverter Pdf { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public GraphDriveStore Store { get; }

    public string LocalFolder => Options.LocalFolder;

    public Task<StoredDocument> SaveAsync(DocumentToStore document) => Store.SaveAsync(document, CancellationToken.None);

    /// <summary>Saves while moving the clock past every retry wait, and past the time-out of the requests numbered in <paramref name="timingOut"/> (0 is the first sent to Graph).</summary>
    public async Task<(Task<StoredDocument> Save, IReadOnlyList<TimeSpan> Waits)> SaveThroughWaitsAsync(DocumentToStore document, params int[] timingOut)
    {
        var save = Store.SaveAsync(document, CancellationToken.None);
        var waits = await Clock.RunThroughWaitsAsync(save, RequestTimeout, timingOut);
        return (save, waits);
    }

    public string[] LocalFiles() =>
        Directory.Exists(LocalFolder) ? Directory.GetFiles(LocalFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray() : [];

    public static DocumentToStore Word(string fileName, int size, ConflictBehavior conflict = ConflictBehavior.Rename, bool alsoPdf = false) =>
        new(fileName, Bytes(size), DocumentToStore.WordContentType) { ConflictBehavior = conflict, AlsoPdf = alsoPdf };

    /// <summary>Bytes that differ per position, so a misplaced chunk would show.</summary>
    public static byte[] Bytes(int size)
    {
        var bytes = new byte[size];
        for (var i = 0; i < size; i++) bytes[i] = (byte)((i * 31 + i / 251) % 256);
        return bytes;
    }

    public void Dispose()
    {
        _connection.Dispose();
        _loggers.Dispose();
        Graph.Dispose();
        _folder.Dispose();
    }
}
