using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamBot.Core.Documents.Storage;
using TeamBot.Microsoft365;
using TeamBot.Tests.Support;
using WireMock.RequestBuilders;

namespace TeamBot.Tests.DocumentStorage;

/// <summary>
/// The add-in stores as the signed-in user: the real Graph SDK against WireMock, with the user's token traded
/// On-Behalf-Of at the token endpoint for a Graph token of that user.
/// </summary>
public sealed class OnBehalfOfUploadTests : IDisposable
{
    private const string UserToken = "eyJ.user-token-from-the-task-pane.sig";
    private readonly FakeGraphServer _graph = new();
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task A_document_is_uploaded_with_a_graph_token_traded_for_the_users_own()
    {
        var stores = Stores(onBehalfOf: true);
        var path = FakeGraphServer.ContentPath("plan.docx");
        _graph.Server.Given(Request.Create().WithPath(path).UsingPut())
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-7", "plan.docx")));

        using var store = stores.ForUser(UserToken)!;
        var stored = await store.SaveAsync(GraphStoreHarness.Word("plan.docx", 10_000), CancellationToken.None);

        Assert.Equal("item-7", stored.ItemId);
        var token = Assert.Single(_graph.TokenRequests).RequestMessage.Body!;
        Assert.Contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer", token);
        Assert.Contains("requested_token_use=on_behalf_of", token);
        Assert.Contains("assertion=" + Uri.EscapeDataString(UserToken), token);
        Assert.Contains("client_id=" + FakeGraphServer.ClientId, token);
        var upload = Assert.Single(_graph.Requests("PUT", path)).RequestMessage;
        Assert.Equal("Bearer " + FakeGraphServer.AccessToken, Assert.Single(upload.Headers!["Authorization"]));
        Assert.DoesNotContain(UserToken, upload.Headers!["Authorization"].Single());
    }

    [Fact]
    public void Without_OnBehalfOf_there_is_no_user_store_and_the_app_stores_as_before()
    {
        Assert.Null(Stores(onBehalfOf: false).ForUser(UserToken));
        Assert.Null(Stores(onBehalfOf: true).ForUser(" "));
    }

    private OnBehalfOfDocumentStores Stores(bool onBehalfOf)
    {
        var documents = new DocumentStoreOptions { Provider = DocumentStoreOptions.GraphProvider, LocalFolder = _folder.File("documenten") };
        var graph = new GraphDriveOptions
        {
            DriveId = FakeGraphServer.DriveId,
            FolderPath = FakeGraphServer.Folder,
            TenantId = FakeGraphServer.TenantId,
            ClientId = FakeGraphServer.ClientId,
            ClientSecret = FakeGraphServer.ClientSecret,
            BaseUrl = _graph.BaseUrl,
            AuthorityHost = _graph.Url,
            OnBehalfOf = onBehalfOf,
        };
        var local = new LocalFolderStore(Options.Create(documents), new FakePdfConverter(), NullLogger<LocalFolderStore>.Instance);
        return new OnBehalfOfDocumentStores(Options.Create(documents), Options.Create(graph), local, TimeProvider.System, NullLoggerFactory.Instance, TestServerCertificate.TrustingHandler);
    }

    public void Dispose()
    {
        _graph.Dispose();
        _folder.Dispose();
    }
}
