using Microsoft.IdentityModel.JsonWebTokens;

namespace TeamBot.BotFramework;

/// <summary>Tokens the Bot Framework channels (Teams) send: endorsed key and a serviceurl claim equal to the activity's.</summary>
internal sealed class ChannelTokenRules(IReadOnlyList<string> validIssuers, OpenIdKeySource keys) : ITokenIssuerRules
{
    private const string ServiceUrlClaim = "serviceurl";

    public IReadOnlyList<string> ValidIssuers { get; } = validIssuers;

    public OpenIdKeySource Keys { get; } = keys;

    public bool AudienceIsAppId => true;

    public bool Issued(string issuer) => ValidIssuers.Contains(issuer, StringComparer.Ordinal);

    public BotAuthenticationResult? CheckClaims(JsonWebToken token, PublishedSigningKey key, Activity activity) =>
        CheckEndorsement(key, activity) ?? CheckServiceUrl(token, activity);

    // A key is trusted only for the channels that endorse it, so a key meant for one channel cannot speak for another.
    private static BotAuthenticationResult? CheckEndorsement(PublishedSigningKey key, Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.MissingEndorsement, "the activity has no channelId to check the key's endorsements against");
        }

        return key.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal)
            ? null
            : BotAuthenticationResult.Failed(BotAuthenticationFailure.MissingEndorsement, $"signing key {key.KeyId} is not endorsed for channel '{activity.ChannelId}'");
    }

    // Replies go to activity.serviceUrl with the bot's own token, so it must be the URL the channel signed.
    private static BotAuthenticationResult? CheckServiceUrl(JsonWebToken token, Activity activity)
    {
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var signedServiceUrl) || string.IsNullOrWhiteSpace(signedServiceUrl))
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.MissingServiceUrlClaim, "the token has no serviceurl claim");
        }

        if (!string.Equals(signedServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failed(BotAuthenticationFailure.ServiceUrlMismatch, "the token's serviceurl claim differs from activity.serviceUrl");
        }

        return Loopback.IsHttpsOrLoopbackUrl(signedServiceUrl)
            ? null
            : BotAuthenticationResult.Failed(BotAuthenticationFailure.InsecureServiceUrl, "the signed serviceUrl is neither https nor on this computer");
    }
}
