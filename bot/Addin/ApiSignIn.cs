namespace TeamBot.Bot.Addin;

/// <summary>
/// Whether TeamBot's own APIs take signed-in callers (section "AzureAd", validated by Microsoft.Identity.Web in
/// TeamBot.Identity), and what the task pane needs to ask a token: the app's client id and the API scope.
/// Without it the APIs answer this computer only (local mode).
/// </summary>
public sealed class ApiSignIn(IConfiguration configuration)
{
    public const string InkoopteamRoleKey = "Addin:InkoopteamRole";
    public const string InkoopteamGroupKey = "Addin:InkoopteamGroupId";

    public string? ClientId { get; } = configuration["AzureAd:ClientId"] is { Length: > 0 } id ? id : null;

    public bool IsConfigured => ClientId is not null;

    /// <summary>The one tenant whose users may call, when AzureAd:TenantId names one (a GUID, not "common" or "organizations").</summary>
    public string? TenantId { get; } = Guid.TryParse(configuration["AzureAd:TenantId"], out var tenant) ? tenant.ToString() : null;

    /// <summary>The delegated scope the pane asks: the app id URI's access_as_user.</summary>
    public string? Scope => ClientId is null ? null : $"{configuration["AzureAd:Audience"] ?? $"api://{ClientId}"}/access_as_user";

    /// <summary>The app role that makes a user an inkoopteam member (default "Inkoopteam").</summary>
    public string InkoopteamRole { get; } = configuration[InkoopteamRoleKey] is { Length: > 0 } role ? role : "Inkoopteam";

    /// <summary>Or an Entra group whose members are the inkoopteam (the token's "groups" claim).</summary>
    public string? InkoopteamGroupId { get; } = configuration[InkoopteamGroupKey] is { Length: > 0 } group ? group : null;
}
