using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;

namespace TeamBot.Identity;

public static class EntraSignInServiceCollectionExtensions
{
    public const string Section = "AzureAd";

    /// <summary>
    /// Bearer tokens of Microsoft Entra ID for TeamBot's own APIs, validated by Microsoft.Identity.Web (signature against the
    /// tenant's published keys, issuer, audience = the API's app id or app id URI, lifetime). Only when AzureAd:ClientId is
    /// set; without it the host stays in local mode and registers no authentication at all.
    /// </summary>
    /// <returns>Whether sign-in is on.</returns>
    public static bool AddEntraSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (string.IsNullOrWhiteSpace(section["ClientId"])) return false;
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(
                jwt =>
                {
                    // A metadata address of its own (a sovereign cloud, or a test stand-in) instead of Instance's.
                    if (section["MetadataAddress"] is { Length: > 0 } metadata) jwt.MetadataAddress = metadata;
                    jwt.RequireHttpsMetadata = !bool.TryParse(section["AllowHttpMetadata"], out var allowHttp) || !allowHttp;
                    jwt.TokenValidationParameters.ValidAudiences = Audiences(section);
                },
                identity => section.Bind(identity));
        if (section["MetadataAddress"] is { Length: > 0 })
        {
            // Microsoft.Identity.Web checks issuers against Entra's own metadata; with a metadata address of its own the
            // issuer comes from that document, as JwtBearer does (registered last, so it runs after Identity.Web's setup).
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt => jwt.TokenValidationParameters.IssuerValidator = null);
        }
        return true;
    }

    private static string[] Audiences(IConfigurationSection section)
    {
        var clientId = section["ClientId"]!;
        return [clientId, section["Audience"] is { Length: > 0 } audience ? audience : $"api://{clientId}"];
    }
}
