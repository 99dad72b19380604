namespace TeamBot.BotFramework;

/// <summary>
/// Section "Bot". With no AppId the bot runs in local mode: unauthenticated activities from loopback only.
/// List defaults live in the Get* methods because configuration binding appends to a pre-filled list instead of replacing it.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "Bot";
    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string AadOpenIdMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com";

    /// <summary>The tenants whose AAD tokens the Bot Framework Emulator presents.</summary>
    public static readonly IReadOnlyList<string> BotFrameworkAadTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>The bot's Microsoft App ID; empty means local mode.</summary>
    public string? AppId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>The bot's own tenant; required for SingleTenant.</summary>
    public string? TenantId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A PEM or PFX file with the certificate and private key; used instead of ClientSecret when set.</summary>
    public string? CertificatePath { get; set; }

    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadataUrl;

    /// <summary>Empty means https://api.botframework.com; see <see cref="GetValidIssuers"/>.</summary>
    public List<string> ValidIssuers { get; set; } = [];

    /// <summary>Tenants whose activities are accepted; empty means any tenant.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    public string AuthorityHost { get; set; } = DefaultAuthorityHost;

    /// <summary>Conversation id of the inkoopteam's escalation channel.</summary>
    public string? InkoopteamChannel { get; set; }

    /// <summary>AAD object ids of the people who may answer escalations.</summary>
    public List<string> InkoopteamMembers { get; set; } = [];

    /// <summary>Also accept AAD tokens as the Bot Framework Emulator and other local tools send them. Off by default.</summary>
    public bool AcceptEmulatorTokens { get; set; }

    public string EmulatorOpenIdMetadataUrl { get; set; } = AadOpenIdMetadataUrl;

    /// <summary>Tenants whose AAD issuers are trusted for emulator tokens; empty means the botframework.com tenants.</summary>
    public List<string> EmulatorTenants { get; set; } = [];

    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);

    public IReadOnlyList<string> GetValidIssuers() => ValidIssuers.Count > 0 ? ValidIssuers : [BotFrameworkIssuer];

    /// <summary>The configured emulator tenants (or the botframework.com ones) plus the bot's own tenant.</summary>
    public IReadOnlyList<string> GetEmulatorTenants()
    {
        var tenants = EmulatorTenants.Count > 0 ? EmulatorTenants.ToList() : BotFrameworkAadTenants.ToList();
        if (!string.IsNullOrWhiteSpace(TenantId))
        {
            tenants.Add(TenantId);
        }

        return tenants.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
