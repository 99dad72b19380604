using System.Net;

namespace TeamBot.BotFramework;

/// <summary>Whether an address or URL stays on this machine.</summary>
public static class Loopback
{
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var address) && IsLoopback(address));

    /// <summary>An http(s) URL on this computer.</summary>
    public static bool IsLoopbackUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && IsLoopback(uri);

    /// <summary>https, or plain http that stays on this computer (the emulator, a test connector).</summary>
    public static bool IsHttpsOrLoopbackUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || IsLoopbackUrl(url));
}
