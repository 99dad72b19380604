using Microsoft.IdentityModel.Tokens;

namespace TeamBot.BotFramework;

/// <summary>Turns Microsoft.IdentityModel's validation exceptions into our reasons.</summary>
internal static class TokenValidationFailures
{
    public static BotAuthenticationResult From(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => Failed(BotAuthenticationFailure.UnknownSigningKey, "no published key verifies the token"),
        SecurityTokenInvalidSignatureException => Failed(BotAuthenticationFailure.InvalidSignature, "the signature does not verify with the published key"),
        SecurityTokenInvalidAlgorithmException => Failed(BotAuthenticationFailure.DisallowedAlgorithm, "the signing algorithm is not RS256, RS384 or RS512"),
        SecurityTokenExpiredException expired => Failed(BotAuthenticationFailure.Expired, $"the token expired at {expired.Expires:O}, beyond the 5 minutes clock skew"),
        SecurityTokenNotYetValidException notYet => Failed(BotAuthenticationFailure.NotYetValid, $"the token is valid from {notYet.NotBefore:O}"),
        SecurityTokenNoExpirationException => Failed(BotAuthenticationFailure.MissingExpiration, "the token has no expiry"),
        SecurityTokenInvalidAudienceException => Failed(BotAuthenticationFailure.InvalidAudience, "the audience is not the bot's app id"),
        SecurityTokenInvalidIssuerException => Failed(BotAuthenticationFailure.InvalidIssuer, "the issuer is not trusted"),
        _ => Failed(BotAuthenticationFailure.InvalidToken, $"token validation failed ({exception?.GetType().Name ?? "unknown"})"),
    };

    private static BotAuthenticationResult Failed(BotAuthenticationFailure failure, string detail) => BotAuthenticationResult.Failed(failure, detail);
}
