namespace TeamBot.BotFramework;

/// <summary>Why an incoming request was refused; each rule has its own reason so logs tell them apart.</summary>
public enum BotAuthenticationFailure
{
    None,
    MissingAuthorizationHeader,
    NotBearerScheme,
    MalformedToken,
    DisallowedAlgorithm,
    UnknownIssuer,
    MissingKeyId,
    UnknownSigningKey,
    MetadataUnavailable,
    InvalidSignature,
    InvalidIssuer,
    InvalidAudience,
    Expired,
    NotYetValid,
    MissingExpiration,
    InvalidToken,
    MissingEndorsement,
    MissingServiceUrlClaim,
    ServiceUrlMismatch,
    InvalidAppId,
    TenantNotAllowed,

    /// <summary>Local mode (no Bot:AppId) and the request did not come from loopback.</summary>
    NotLoopback,

    /// <summary>Local mode and activity.serviceUrl is not on this computer, so nobody vouches for where the reply goes.</summary>
    ServiceUrlNotLoopback,

    /// <summary>The signed serviceUrl is plain http to another machine: the bot's token would travel in clear text.</summary>
    InsecureServiceUrl,
}
