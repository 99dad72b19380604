using System.Net;

namespace TeamBot.BotFramework;

/// <summary>Decides whether a POST to /api/messages really comes from the Bot Framework (or, in local mode, from this machine).</summary>
public interface IBotRequestAuthenticator
{
    /// <summary>True when Bot:AppId is empty: no tokens, loopback callers only.</summary>
    bool IsLocalMode { get; }

    /// <summary>Local mode's rule: a request without a token is accepted only from a loopback address.</summary>
    bool AcceptsUnauthenticatedFrom(IPAddress? remoteAddress);

    /// <summary>
    /// Applies every rule to the Authorization header and the parsed activity. In local mode the header is ignored
    /// and only <paramref name="remoteAddress"/> counts. Refusals are logged with their reason.
    /// </summary>
    Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        Activity activity,
        IPAddress? remoteAddress,
        CancellationToken cancellationToken = default);
}
