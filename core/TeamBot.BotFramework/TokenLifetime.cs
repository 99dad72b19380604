using Microsoft.IdentityModel.Tokens;

namespace TeamBot.BotFramework;

/// <summary>Lifetime validation on the injected clock, so tests control time; the skew comes from the validation parameters.</summary>
internal static class TokenLifetime
{
    public static LifetimeValidator Validator(TimeProvider time) => (notBefore, expires, _, parameters) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore is not null && notBefore.Value > expires.Value)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's not-before lies after its expiry.") { NotBefore = notBefore, Expires = expires };
        }

        if (now > expires.Value + parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        if (notBefore is not null && now < notBefore.Value - parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = notBefore.Value };
        }

        return true;
    };
}
