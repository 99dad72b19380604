using System.Net;
using Microsoft.Net.Http.Headers;
using TeamBot.BotFramework;

namespace TeamBot.Bot.Hosting;

/// <summary>Why a request that must come from this computer's own user was refused.</summary>
public enum LocalRequestRefusal
{
    None,

    /// <summary>A body that is not JSON: a web page can send text/plain or a form to loopback without asking.</summary>
    NotJson,

    /// <summary>An Origin other than the host's own: another web page the user has open.</summary>
    ForeignOrigin,

    /// <summary>Not from loopback, passed on by a proxy, or addressed to a name that is not loopback (DNS rebinding).</summary>
    NotLocal,
}

/// <summary>
/// The one local-only policy of the host, for everything that has no sign-in of its own (local-mode /api/messages,
/// the local chat, the plan API). Local means: from a loopback address, with no proxy header (a reverse proxy on the
/// same machine would make every caller look local), addressed to a loopback host name, with no Origin or the host's
/// own, and a JSON body if any.
/// </summary>
public static class LocalRequests
{
    private static readonly string[] ProxyHeaders =
        ["Forwarded", "X-Real-IP", "True-Client-IP", "X-Client-IP", "CF-Connecting-IP", "X-Cluster-Client-IP", "Fastly-Client-IP", "X-Original-For", "Via"];

    /// <param name="allowRemote">A setting opened the endpoint to other computers: origin and body still count.</param>
    public static LocalRequestRefusal Check(HttpContext http, bool allowRemote = false)
    {
        if (!allowRemote && !IsFromThisComputer(http)) return LocalRequestRefusal.NotLocal;
        if (!HasOwnOrNoOrigin(http.Request)) return LocalRequestRefusal.ForeignOrigin;
        if (!HasJsonOrNoBody(http.Request)) return LocalRequestRefusal.NotJson;
        return LocalRequestRefusal.None;
    }

    public static bool IsLocal(HttpContext http) => Check(http) == LocalRequestRefusal.None;

    /// <summary>The status and Dutch message of a refusal; <paramref name="notLocalMessage"/> names the setting that opens it.</summary>
    public static (int Status, string Message) Describe(LocalRequestRefusal refusal, HttpRequest request, string notLocalMessage) => refusal switch
    {
        LocalRequestRefusal.NotJson => (StatusCodes.Status415UnsupportedMediaType,
            $"TeamBot neemt hier alleen JSON aan (Content-Type: application/json), niet '{Shown(request.ContentType)}'."),
        LocalRequestRefusal.ForeignOrigin => (StatusCodes.Status403Forbidden,
            $"Een andere website ({Shown(request.Headers.Origin.ToString())}) mag TeamBot niet aanroepen; open TeamBot zelf in de browser."),
        _ => (StatusCodes.Status403Forbidden, notLocalMessage),
    };

    // Header values come from the caller: keep what the message repeats short.
    private static string Shown(string? value) => value is null ? "" : value.Length <= 80 ? value : value[..80] + "…";

    public static bool HasJsonOrNoBody(HttpRequest request) =>
        request.ContentLength is 0
        || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0 && request.ContentType is null)
        || IsJson(request);

    /// <summary>application/json or a +json type, whatever the charset.</summary>
    public static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Value!.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static bool IsFromThisComputer(HttpContext http) =>
        Loopback.IsLoopback(http.Connection.RemoteIpAddress)
        && !http.Request.Headers.Keys.Any(IsProxyHeader)
        && IsLoopbackHost(http.Request.Host.Host);

    private static bool IsProxyHeader(string name) =>
        name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
        || ProxyHeaders.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static bool HasOwnOrNoOrigin(HttpRequest request) =>
        request.Headers.Origin.Count == 0
        || string.Equals(request.Headers.Origin.ToString(), $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && Loopback.IsLoopback(address));
}
