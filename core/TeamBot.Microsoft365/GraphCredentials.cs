using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using TeamBot.Core.Documents.Storage;

namespace TeamBot.Microsoft365;

/// <summary>Chooses how TeamBot signs in to Microsoft Entra ID for Graph: managed identity, client secret or certificate.</summary>
public static class GraphCredentials
{
    public static TokenCredential Create(GraphDriveOptions options, Func<HttpMessageHandler>? createNetworkHandler = null)
    {
        if (options.UseManagedIdentity) return ManagedIdentity(options, createNetworkHandler);
        if (!string.IsNullOrEmpty(options.ClientSecret))
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, Configure(new ClientSecretCredentialOptions(), options, createNetworkHandler));
        return Certificate(options, createNetworkHandler);
    }

    /// <summary>
    /// On-Behalf-Of: the app trades the signed-in user's token for a Graph token of that user, so Graph stores with the
    /// user's own rights on the library (and names them as the author). Needs the app's secret or certificate.
    /// </summary>
    public static TokenCredential OnBehalfOf(GraphDriveOptions options, string userAssertion, Func<HttpMessageHandler>? createNetworkHandler = null)
    {
        var credentialOptions = new OnBehalfOfCredentialOptions { AuthorityHost = new Uri(options.AuthorityHost), DisableInstanceDiscovery = true };
        credentialOptions.Retry.MaxRetries = options.MaxRetries;
        credentialOptions.Retry.NetworkTimeout = options.Timeout;
        if (createNetworkHandler is not null) credentialOptions.Transport = new HttpClientTransport(createNetworkHandler());
        if (!string.IsNullOrEmpty(options.ClientSecret))
            return new OnBehalfOfCredential(options.TenantId, options.ClientId, options.ClientSecret, userAssertion, credentialOptions);
        var path = options.CertificatePath ?? throw new DocumentStoreException("On-Behalf-Of (Documents:Graph:OnBehalfOf) vraagt Documents:Graph:ClientSecret of CertificatePath van de app-registratie.");
        var certificate = string.IsNullOrEmpty(options.CertificatePassword)
            ? X509CertificateLoader.LoadCertificateFromFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
        return new OnBehalfOfCredential(options.TenantId, options.ClientId, certificate, userAssertion, credentialOptions);
    }

    private static ManagedIdentityCredential ManagedIdentity(GraphDriveOptions options, Func<HttpMessageHandler>? createNetworkHandler)
    {
        var id = string.IsNullOrWhiteSpace(options.ClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ClientId);
        var credentialOptions = new ManagedIdentityCredentialOptions(id) { AuthorityHost = new Uri(options.AuthorityHost) };
        if (createNetworkHandler is not null) credentialOptions.Transport = new HttpClientTransport(createNetworkHandler());
        return new ManagedIdentityCredential(credentialOptions);
    }

    private static ClientCertificateCredential Certificate(GraphDriveOptions options, Func<HttpMessageHandler>? createNetworkHandler)
    {
        var path = options.CertificatePath!;
        if (!File.Exists(path))
            throw new DocumentStoreException($"Het certificaat '{path}' uit Documents:Graph:CertificatePath bestaat niet.");
        var credentialOptions = Configure(new ClientCertificateCredentialOptions(), options, createNetworkHandler);
        if (string.IsNullOrEmpty(options.CertificatePassword))
            return new ClientCertificateCredential(options.TenantId, options.ClientId, path, credentialOptions);
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
        return new ClientCertificateCredential(options.TenantId, options.ClientId, certificate, credentialOptions);
    }

    /// <summary>
    /// Instance discovery is off so the authority host may be any https endpoint (a sovereign cloud, or a test server);
    /// the token endpoint is then {AuthorityHost}/{TenantId}/oauth2/v2.0/token.
    /// </summary>
    private static T Configure<T>(T credentialOptions, GraphDriveOptions options, Func<HttpMessageHandler>? createNetworkHandler)
        where T : TokenCredentialOptions
    {
        credentialOptions.AuthorityHost = new Uri(options.AuthorityHost);
        credentialOptions.Retry.MaxRetries = options.MaxRetries;
        credentialOptions.Retry.NetworkTimeout = options.Timeout;
        if (createNetworkHandler is not null) credentialOptions.Transport = new HttpClientTransport(createNetworkHandler());
        switch (credentialOptions)
        {
            case ClientSecretCredentialOptions secret: secret.DisableInstanceDiscovery = true; break;
            case ClientCertificateCredentialOptions certificate: certificate.DisableInstanceDiscovery = true; break;
        }
        return credentialOptions;
    }
}
