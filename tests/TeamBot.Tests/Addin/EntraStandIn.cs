using TeamBot.Tests.BotFramework;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamBot.Tests.Addin;

/// <summary>
/// WireMock playing login.microsoftonline.com for one tenant: its v2.0 OpenID metadata and signing keys. Tokens are
/// signed with a test key, as Entra signs the task pane's tokens.
/// </summary>
public sealed class EntraStandIn : IDisposable
{
    public const string TenantId = "7d3c9a1e-0000-4000-8000-00000000beef";
    public const string ApiClientId = "3b1f6c2a-0000-4000-8000-0000000000ad";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly TestSigningKey _key = TestSigningKey.Create("entra-key");

    public EntraStandIn()
    {
        _server.Given(Request.Create().WithPath(MetadataPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
            {
                issuer = Issuer,
                authorization_endpoint = $"{Instance}{TenantId}/oauth2/v2.0/authorize",
                token_endpoint = $"{Instance}{TenantId}/oauth2/v2.0/token",
                jwks_uri = $"{Instance}{TenantId}/discovery/v2.0/keys",
                id_token_signing_alg_values_supported = new[] { "RS256" },
            }));
        _server.Given(Request.Create().WithPath($"/{TenantId}/discovery/v2.0/keys").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { keys = new[] { _key.ToJwk() } }));
    }

    public string Instance => _server.Url + "/";

    public string Issuer => $"{Instance}{TenantId}/v2.0";

    private static string MetadataPath => $"/{TenantId}/v2.0/.well-known/openid-configuration";

    public Dictionary<string, string?> Settings() => new()
    {
        ["AzureAd:Instance"] = Instance,
        ["AzureAd:TenantId"] = TenantId,
        ["AzureAd:ClientId"] = ApiClientId,
        ["AzureAd:MetadataAddress"] = _server.Url + MetadataPath,
        ["AzureAd:AllowHttpMetadata"] = "true",
    };

    /// <summary>A user token for the API, as Nested App Authentication gets one for the task pane.</summary>
    public string UserToken(string[] roles, string? audience = null, string? issuer = null, DateTimeOffset? now = null, string tenant = TenantId)
    {
        var at = now ?? DateTimeOffset.UtcNow;
        return _key.CreateToken(TestTokenClaims.ValidAt(at) with
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? $"api://{ApiClientId}",
            ServiceUrl = null,
            Extra = new Dictionary<string, object>
            {
                ["tid"] = tenant,
                ["oid"] = "00000000-0000-0000-0000-00000000c0de",
                ["name"] = "Inkoper Test",
                ["scp"] = "access_as_user",
                ["ver"] = "2.0",
                ["roles"] = roles,
            },
        });
    }

    public void Dispose()
    {
        _server.Dispose();
        _key.Dispose();
    }
}
