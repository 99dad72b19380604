using Microsoft.IdentityModel.JsonWebTokens;

namespace TeamBot.BotFramework;

/// <summary>
/// AAD tokens as the Bot Framework Emulator sends them: issuer https://sts.windows.net/{tid}/ (v1) or
/// https://login.microsoftonline.com/{tid}/v2.0 (v2) of a trusted tenant, and the bot's own app id in appid (v1) or azp (v2).
/// The Emulator gets its token with the bot's own credentials for the Bot Framework API, so "aud" names that API, not the bot.
/// </summary>
internal sealed class EmulatorTokenRules : ITokenIssuerRules
{
    private readonly string _appId;

    public EmulatorTokenRules(string appId, IReadOnlyList<string> tenants, OpenIdKeySource keys)
    {
        _appId = appId;
        Keys = keys;
        ValidIssuers = tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" }).ToList();
    }

    public IReadOnlyList<string> ValidIssuers { get; }

    public OpenIdKeySource Keys { get; }

    public bool AudienceIsAppId => false;

    public bool Issued(string issuer) => ValidIssuers.Contains(issuer, StringComparer.OrdinalIgnoreCase);

    public BotAuthenticationResult? CheckClaims(JsonWebToken token, PublishedSigningKey key, Activity activity)
    {
        var appIdClaim = IsVersion2(token) ? "azp" : "appid";
        if (!token.TryGetPayloadValue<string>(appIdClaim, out var appId) || string.IsNullOrWhiteSpace(appId))
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.InvalidAppId, $"the AAD token has no {appIdClaim} claim");
        }

        if (!string.Equals(appId, _appId, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.InvalidAppId, $"the AAD token's {appIdClaim} is not the bot's app id");
        }

        // No claim names the serviceUrl here, so at least the bot's token must not travel in clear text.
        return Loopback.IsHttpsOrLoopbackUrl(activity.ServiceUrl ?? string.Empty)
            ? null
            : BotAuthenticationResult.Failed(BotAuthenticationFailure.InsecureServiceUrl, "activity.serviceUrl is neither https nor on this computer");
    }

    private static bool IsVersion2(JsonWebToken token) =>
        token.TryGetPayloadValue<string>("ver", out var version) && version == "2.0";
}
