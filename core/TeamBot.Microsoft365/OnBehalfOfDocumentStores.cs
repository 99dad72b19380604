using Microsoft.Extensions.Options;
using TeamBot.Core.Documents.Storage;

namespace TeamBot.Microsoft365;

/// <summary>
/// A document store per signed-in user (Documents:Graph:OnBehalfOf): the same Graph drive store, with the user's
/// token traded On-Behalf-Of for a Graph token of that user. Built per request; the user's token is never stored.
/// </summary>
public sealed class OnBehalfOfDocumentStores(
    IOptions<DocumentStoreOptions> documents,
    IOptions<GraphDriveOptions> graph,
    LocalFolderStore localStore,
    TimeProvider clock,
    ILoggerFactory loggers,
    Func<HttpMessageHandler>? createNetworkHandler = null) : IUserDocumentStores
{
    public bool IsOn => documents.Value.UsesGraph && graph.Value.OnBehalfOf;

    public IUserDocumentStore? ForUser(string userAccessToken)
    {
        if (!IsOn || string.IsNullOrWhiteSpace(userAccessToken)) return null;
        var connection = new GraphConnection(graph.Value, clock, loggers, createNetworkHandler,
            GraphCredentials.OnBehalfOf(graph.Value, userAccessToken, createNetworkHandler));
        var store = new GraphDriveStore(localStore, new GraphDriveUploader(connection, loggers.CreateLogger<GraphDriveUploader>()), connection, loggers.CreateLogger<GraphDriveStore>());
        return new UserDocumentStore(store, connection);
    }

    /// <summary>Owns the per-user connection, so its HTTP client goes when the request is done.</summary>
    private sealed class UserDocumentStore(GraphDriveStore store, GraphConnection connection) : IUserDocumentStore
    {
        public Task<StoredDocument> SaveAsync(DocumentToStore document, CancellationToken cancellationToken) => store.SaveAsync(document, cancellationToken);

        public void Dispose() => connection.Dispose();
    }
}
