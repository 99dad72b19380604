using System.Security.Claims;

namespace TeamBot.BotFramework;

/// <summary>The outcome of authenticating one request: the caller's identity, or the reason it was refused.</summary>
public sealed class BotAuthenticationResult
{
    private BotAuthenticationResult(ClaimsIdentity? identity, BotAuthenticationFailure failure, string? detail, bool isLocalMode)
    {
        Identity = identity;
        Failure = failure;
        Detail = detail;
        IsLocalMode = isLocalMode;
    }

    public bool IsAuthenticated => Failure == BotAuthenticationFailure.None;

    /// <summary>The validated token's claims; an anonymous identity in local mode; null when refused.</summary>
    public ClaimsIdentity? Identity { get; }

    public BotAuthenticationFailure Failure { get; }

    /// <summary>A short explanation for the logs; never contains the token.</summary>
    public string? Detail { get; }

    /// <summary>Accepted without a token because the bot has no app id and the caller is on loopback.</summary>
    public bool IsLocalMode { get; }

    public static BotAuthenticationResult Success(ClaimsIdentity identity) => new(identity, BotAuthenticationFailure.None, null, false);

    public static BotAuthenticationResult LocalLoopback() => new(new ClaimsIdentity(), BotAuthenticationFailure.None, null, true);

    public static BotAuthenticationResult Failed(BotAuthenticationFailure failure, string detail) => new(null, failure, detail, false);

    public override string ToString() => IsAuthenticated ? "authenticated" : $"{Failure}: {Detail}";
}
