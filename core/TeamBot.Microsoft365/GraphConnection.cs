using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using TeamBot.Core.Documents.Storage;

namespace TeamBot.Microsoft365;

/// <summary>
/// The Graph client and its HTTP pipeline for "Documents:Graph". Built on first use, so a missing setting becomes a
/// clear message when a document is stored instead of a crash at start.
/// </summary>
/// <param name="credential">Who Graph sees: by default the app (<see cref="GraphCredentials"/>); for On-Behalf-Of, the signed-in user.</param>
public sealed class GraphConnection(
    GraphDriveOptions options,
    TimeProvider clock,
    ILoggerFactory loggers,
    Func<HttpMessageHandler>? createNetworkHandler = null,
    Azure.Core.TokenCredential? credential = null) : IDisposable
{
    private readonly Lock _gate = new();
    private HttpClient? _http;
    private GraphServiceClient? _graph;

    public GraphDriveOptions Options => options;

    public GraphServiceClient Graph
    {
        get
        {
            EnsureBuilt();
            return _graph!;
        }
    }

    /// <summary>
    /// The same pipeline as <see cref="Graph"/> but without sign-in: Graph signs requests in its request adapter,
    /// and upload-session URLs must not get the token.
    /// </summary>
    public HttpClient Http
    {
        get
        {
            EnsureBuilt();
            return _http!;
        }
    }

    public void Dispose() => _http?.Dispose();

    private void EnsureBuilt()
    {
        lock (_gate)
        {
            if (_graph is not null) return;
            var problems = options.FindProblems();
            if (problems.Count > 0)
                throw new DocumentStoreException("Opslag via Microsoft Graph is niet goed ingesteld: " + string.Join("; ", problems) + ".");
            var signedInAs = credential ?? GraphCredentials.Create(options, createNetworkHandler);
            var baseUrl = new Uri(options.BaseUrl.TrimEnd('/'));
            var signIn = new AzureIdentityAuthenticationProvider(signedInAs, [baseUrl.Host], null, true, $"{baseUrl.GetLeftPart(UriPartial.Authority)}/.default");
            _http = CreateHttpClient(baseUrl);
            _graph = new GraphServiceClient(_http, signIn, baseUrl.AbsoluteUri.TrimEnd('/'));
        }
    }

    private HttpClient CreateHttpClient(Uri baseUrl)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        foreach (var kiotaRetry in handlers.OfType<RetryHandler>().ToList()) handlers.Remove(kiotaRetry);
        handlers.Insert(0, new GraphRetryHandler(options, clock, loggers.CreateLogger<GraphRetryHandler>()));
        var http = GraphClientFactory.Create(handlers, finalHandler: createNetworkHandler?.Invoke());
        http.Timeout = Timeout.InfiniteTimeSpan; // GraphRetryHandler times each attempt on the injected clock
        http.BaseAddress = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/");
        return http;
    }
}
