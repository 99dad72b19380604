using Microsoft.IdentityModel.JsonWebTokens;

namespace TeamBot.BotFramework;

/// <summary>The rules that differ per kind of token: channel tokens from the Bot Framework, or AAD tokens from the Emulator.</summary>
internal interface ITokenIssuerRules
{
    /// <summary>Whether this kind of token carries this issuer.</summary>
    bool Issued(string issuer);

    IReadOnlyList<string> ValidIssuers { get; }

    /// <summary>Whether "aud" must be the bot's app id; otherwise <see cref="CheckClaims"/> identifies the bot.</summary>
    bool AudienceIsAppId { get; }

    OpenIdKeySource Keys { get; }

    /// <summary>Checks that need the signed token and the activity; null when they pass.</summary>
    BotAuthenticationResult? CheckClaims(JsonWebToken token, PublishedSigningKey key, Activity activity);
}
