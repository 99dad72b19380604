using System.Globalization;

namespace TeamBot.Bot.Manifest;

/// <summary>
/// Checks and normalises the host and app id before they go into the Office manifest. The host is where Office loads the
/// task pane from, so https only; it may be given as https://HOST (as the CLI's --host reads) or as a bare host name, and
/// may carry a port, since a development host on https://localhost:PORT is a real deployment here.
/// </summary>
internal static class OfficeManifestInput
{
    private const string ExampleHost = "https://teambot.example.org";
    private const string ExampleAppId = "6f1c2a9e-3b4d-4e8f-9a2b-7c5d1e0f3a48";
    private const string Https = "https://";
    private const int DefaultHttpsPort = 443;

    /// <summary>"host" or "host:port", lower case, without the default port 443: the HOST of every https://HOST/ URL.</summary>
    public static string Host(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new OfficeManifestException($"De host ontbreekt: geef het adres waarop TeamBot bereikbaar is, bijvoorbeeld {ExampleHost}.");
        var authority = WithoutHttps(value, value.Trim());
        if (authority.EndsWith('/')) authority = authority[..^1];
        if (authority.IndexOfAny(['/', '?', '#']) >= 0)
            throw new OfficeManifestException($"De host '{value}' bevat een pad: geef alleen het adres zonder / en wat erna komt, bijvoorbeeld {ExampleHost}.");
        var (name, port) = SplitPort(value, authority);
        if (!TeamsAppPackageInput.IsHostName(name))
            throw new OfficeManifestException($"De host '{value}' is geen geldige hostnaam: gebruik alleen letters, cijfers, koppeltekens en punten, bijvoorbeeld {ExampleHost}.");
        var host = name.ToLowerInvariant();
        return port is null or DefaultHttpsPort ? host : $"{host}:{port.Value.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The client id of the Entra app registration whose API the pane signs in to, or null for no sign-in.</summary>
    public static string? AppId(string? value)
    {
        if (value is null) return null;
        if (string.IsNullOrWhiteSpace(value))
            throw new OfficeManifestException($"De app-id is leeg: geef de client-id van de app-registratie in Entra ID (AzureAd:ClientId), bijvoorbeeld {ExampleAppId}, of laat --app-id weg voor een manifest zonder aanmelden.");
        if (!Guid.TryParseExact(value.Trim(), "D", out var id))
            throw new OfficeManifestException($"De app-id '{value}' is geen GUID: verwacht de vorm {ExampleAppId} (de client-id van de app-registratie in Entra ID).");
        return id.ToString("D");
    }

    private static string WithoutHttps(string value, string text)
    {
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0) return text;
        var scheme = text[..schemeEnd];
        var rest = text[(schemeEnd + 3)..];
        if (scheme.Equals("https", StringComparison.OrdinalIgnoreCase)) return rest;
        if (scheme.Equals("http", StringComparison.OrdinalIgnoreCase))
            throw new OfficeManifestException($"De host '{value}' gebruikt http: Office laadt een invoegtoepassing alleen over https, dus '{Https}{rest.TrimEnd('/')}'.");
        throw new OfficeManifestException($"De host '{value}' heeft het schema '{scheme}': geef {Https}HOST of alleen de hostnaam, bijvoorbeeld {ExampleHost}.");
    }

    private static (string Name, int? Port) SplitPort(string value, string authority)
    {
        var colon = authority.LastIndexOf(':');
        if (colon < 0) return (authority, null);
        var digits = authority[(colon + 1)..];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw new OfficeManifestException($"De host '{value}' heeft de poort '{digits}': een poort is een getal van 1 tot en met 65535, bijvoorbeeld https://localhost:7443.");
        return (authority[..colon], port);
    }
}
