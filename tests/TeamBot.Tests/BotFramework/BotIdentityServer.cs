using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamBot.Tests.BotFramework;

/// <summary>
/// WireMock playing login.botframework.com: an OpenID metadata document and its keys document.
/// Shared by a test class (starting a server per test is slow); each test starts from <see cref="Reset"/>.
/// </summary>
public sealed class BotIdentityServer : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly string _prefix;
    private readonly Guid _keysMapping = Guid.NewGuid();

    public BotIdentityServer()
        : this("/v1")
    {
    }

    private BotIdentityServer(string prefix)
    {
        _prefix = prefix;
        PublishMetadata();
    }

    public string MetadataUrl => _server.Url + MetadataPath;

    private string MetadataPath => $"{_prefix}/.well-known/openidconfiguration";

    private string KeysPath => $"{_prefix}/keys";

    public static BotIdentityServer Start(string prefix = "/v1") => new(prefix);

    /// <summary>Back to a metadata document with no keys and an empty request log.</summary>
    public void Reset()
    {
        _server.Reset();
        PublishMetadata();
    }

    private void PublishMetadata() =>
        _server.Given(Request.Create().WithPath(MetadataPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                issuer = "https://api.botframework.com",
                jwks_uri = _server.Url + KeysPath,
                id_token_signing_alg_values_supported = new[] { "RS256" },
            }));

    /// <summary>Replaces the keys document.</summary>
    public void PublishKeys(params TestSigningKey[] keys) =>
        _server.Given(Request.Create().WithPath(KeysPath).UsingGet())
            .WithGuid(_keysMapping)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { keys = keys.Select(k => k.ToJwk()).ToArray() }));

    public void FailMetadata() =>
        _server.Given(Request.Create().WithPath(MetadataPath).UsingGet()).AtPriority(0)
            .RespondWith(Response.Create().WithStatusCode(500));

    public int MetadataRequests => _server.LogEntries.Count(e => e.RequestMessage.Path == MetadataPath);

    public void Dispose() => _server.Dispose();
}
