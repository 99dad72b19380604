using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace TeamBot.Tests.BotFramework;

/// <summary>
/// WireMock over https with a certificate made here (Azure.Identity refuses a plain-http authority), playing the
/// AAD token endpoint. Also leaves a client certificate (PFX) on disk for the certificate credential.
/// </summary>
public sealed class HttpsWireMockFixture : IDisposable
{
    private readonly X509Certificate2 _serverCertificate;
    private readonly string _directory = Directory.CreateTempSubdirectory("teambot-botframework-").FullName;

    public HttpsWireMockFixture()
    {
        _serverCertificate = CreateCertificate("CN=localhost");
        var serverPfx = Path.Combine(_directory, "server.pfx");
        File.WriteAllBytes(serverPfx, _serverCertificate.Export(X509ContentType.Pfx, "test"));
        using var clientCertificate = CreateCertificate("CN=teambot-test-client");
        ClientCertificatePath = Path.Combine(_directory, "client.pfx");
        File.WriteAllBytes(ClientCertificatePath, clientCertificate.Export(X509ContentType.Pfx));

        Server = WireMockServer.Start(new WireMockServerSettings
        {
            UseSSL = true,
            CertificateSettings = new WireMockCertificateSettings { X509CertificateFilePath = serverPfx, X509CertificatePassword = "test" },
        });
    }

    public WireMockServer Server { get; }

    public string ClientCertificatePath { get; }

    /// <summary>An Azure transport that trusts exactly this server's certificate.</summary>
    public HttpPipelineTransport TrustingTransport() => new HttpClientTransport(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == _serverCertificate.Thumbprint,
    });

    public void RespondWithToken(string accessToken) =>
        Server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBodyAsJson(new
            {
                token_type = "Bearer",
                expires_in = 3599,
                ext_expires_in = 3599,
                access_token = accessToken,
            }));

    public void Dispose()
    {
        Server.Dispose();
        _serverCertificate.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static X509Certificate2 CreateCertificate(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
