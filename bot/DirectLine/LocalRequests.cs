using System.Net;
using TeamBot.BotFramework;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// Whether a request may use the local chat (Direct Line and /api/local). Local means: from a loopback address, not
/// passed on by a proxy (which would make every caller look local), and addressed to a loopback host name, so a web
/// page that rebinds its own domain to 127.0.0.1 cannot borrow the user's browser to act as the inkoopteam.
/// </summary>
public static class LocalRequests
{
    private static readonly string[] ProxyHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host"];

    public static bool IsAllowed(HttpContext http, DirectLineOptions options) => options.AllowRemote || IsLocal(http);

    public static bool IsLocal(HttpContext http) =>
        Loopback.IsLoopback(http.Connection.RemoteIpAddress)
        && !ProxyHeaders.Any(http.Request.Headers.ContainsKey)
        && IsLoopbackHost(http.Request.Host.Host);

    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && Loopback.IsLoopback(address));
}
