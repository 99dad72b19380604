using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace TeamBot.Tests.DocumentStorage;

/// <summary>
/// WireMock over HTTPS playing both Microsoft Entra ID's token endpoint (client credentials) and Microsoft Graph's
/// drive API. HTTPS because Azure.Identity refuses an http authority host.
/// </summary>
public sealed class FakeGraphServer : IDisposable
{
    public const string TenantId = "8a3c6f0e-1b2d-4c5e-9f70-123456789abc";
    public const string ClientId = "teambot-app";
    public const string ClientSecret = "app-secret-never-logged";
    public const string AccessToken = "fake-graph-access-token";
    public const string DriveId = "drive-inkoop";
    public const string Folder = "Uitvoeringsplannen";

    public FakeGraphServer()
    {
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            UseSSL = true,
            CertificateSettings = new WireMockCertificateSettings { X509Certificate = TestServerCertificate.Value },
        });
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                token_type = "Bearer",
                expires_in = 3599,
                ext_expires_in = 3599,
                access_token = AccessToken,
            }));
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    public string BaseUrl => Url + "/v1.0";

    public static string TokenPath => $"/{TenantId}/oauth2/v2.0/token";

    /// <summary>The path Graph's SDK uses for an item addressed by name in the configured folder.</summary>
    public static string ItemPath(string fileName, string folder = Folder) =>
        $"/v1.0/drives/{DriveId}/items/root:/{(folder.Length == 0 ? "" : folder + "/")}{fileName}:";

    public static string ContentPath(string fileName, string folder = Folder) => ItemPath(fileName, folder) + "/content";

    public string UploadUrl(string session) => $"{Url}/upload-sessions/{session}";

    public static object Item(string id, string name) => new
    {
        id,
        name,
        webUrl = $"https://contoso.sharepoint.com/sites/inkoop/Gedeelde%20documenten/{Folder}/{Uri.EscapeDataString(name)}",
    };

    public static object Error(string code, string message) => new { error = new { code, message } };

    /// <summary>A JSON answer with its Content-Type, which Kiota needs before it reads a body.</summary>
    public static IResponseBuilder Json(int status, object body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBodyAsJson(body);

    public IReadOnlyList<ILogEntry> Requests(string method, string path) =>
        Server.LogEntries.Where(e => e.RequestMessage.Method == method && e.RequestMessage.Path == path).ToList();

    public IReadOnlyList<ILogEntry> TokenRequests => Requests("POST", TokenPath);

    public void Dispose() => Server.Dispose();
}
