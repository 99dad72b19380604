using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace TeamBot.BotFramework;

/// <summary>
/// Chooses the Azure.Identity credential from configuration: managed identity for UserAssignedMSI, otherwise a
/// certificate or client secret against {AuthorityHost}/{tenant}, tenant "botframework.com" for MultiTenant.
/// </summary>
internal static class BotCredentialFactory
{
    public const string MultiTenantAuthority = "botframework.com";

    /// <param name="transport">Replaces the HTTP transport; tests use it to trust a local certificate.</param>
    public static TokenCredential Create(BotOptions options, HttpPipelineTransport? transport = null)
    {
        if (options.IsLocalMode)
        {
            throw new InvalidOperationException("Bot:AppId is empty: local mode needs no credential.");
        }

        return options.AppType == BotAppType.UserAssignedMSI
            ? CreateManagedIdentity(options, transport)
            : CreateAppCredential(options, TenantFor(options), transport);
    }

    public static string TenantFor(BotOptions options) => options.AppType switch
    {
        BotAppType.MultiTenant => MultiTenantAuthority,
        BotAppType.SingleTenant when !string.IsNullOrWhiteSpace(options.TenantId) => options.TenantId,
        BotAppType.SingleTenant => throw new InvalidOperationException("Bot:TenantId is required when Bot:AppType is SingleTenant."),
        _ => throw new InvalidOperationException($"Bot:AppType {options.AppType} has no tenant authority."),
    };

    private static ManagedIdentityCredential CreateManagedIdentity(BotOptions options, HttpPipelineTransport? transport)
    {
        var credentialOptions = new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(options.AppId!));
        if (transport is not null)
        {
            credentialOptions.Transport = transport;
        }

        return new ManagedIdentityCredential(credentialOptions);
    }

    private static TokenCredential CreateAppCredential(BotOptions options, string tenant, HttpPipelineTransport? transport)
    {
        var authorityHost = new Uri(options.AuthorityHost);
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            var certificateOptions = new ClientCertificateCredentialOptions { AuthorityHost = authorityHost, DisableInstanceDiscovery = true };
            if (transport is not null)
            {
                certificateOptions.Transport = transport;
            }

            return new ClientCertificateCredential(tenant, options.AppId, options.CertificatePath, certificateOptions);
        }

        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            var secretOptions = new ClientSecretCredentialOptions { AuthorityHost = authorityHost, DisableInstanceDiscovery = true };
            if (transport is not null)
            {
                secretOptions.Transport = transport;
            }

            return new ClientSecretCredential(tenant, options.AppId, options.ClientSecret, secretOptions);
        }

        throw new InvalidOperationException($"Bot:AppType {options.AppType} needs Bot:ClientSecret or Bot:CertificatePath.");
    }
}
