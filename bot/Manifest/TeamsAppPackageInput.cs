using System.Text.RegularExpressions;

namespace TeamBot.Bot.Manifest;

/// <summary>Checks and normalises the app id and host before they go into the manifest.</summary>
internal static partial class TeamsAppPackageInput
{
    private const string ExampleAppId = "6f1c2a9e-3b4d-4e8f-9a2b-7c5d1e0f3a48";
    private const string ExampleHost = "teambot.example.org";

    /// <summary>The app id as the schema wants it: a GUID with hyphens, lower case.</summary>
    public static string AppId(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new TeamsAppPackageException($"De app-id ontbreekt: geef de Microsoft App ID van de botregistratie, bijvoorbeeld {ExampleAppId}.");
        if (!Guid.TryParseExact(value.Trim(), "D", out var id))
            throw new TeamsAppPackageException($"De app-id '{value}' is geen GUID: verwacht de vorm {ExampleAppId} (de Microsoft App ID van de botregistratie).");
        return id.ToString("D");
    }

    /// <summary>A bare DNS host name, lower case: validDomains and the https URLs are built from it.</summary>
    public static string Host(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new TeamsAppPackageException($"De host ontbreekt: geef de hostnaam waarop TeamBot bereikbaar is, bijvoorbeeld {ExampleHost}.");
        var host = value.Trim();
        if (host.Contains("://", StringComparison.Ordinal))
            throw new TeamsAppPackageException($"De host '{value}' bevat een schema: geef alleen de hostnaam zonder https://{Suggestion(host)}.");
        if (host.IndexOfAny(['/', '?', '#']) >= 0)
            throw new TeamsAppPackageException($"De host '{value}' bevat een pad: geef alleen de hostnaam, zonder / en wat erna komt{Suggestion(host)}.");
        if (host.Contains(':'))
            throw new TeamsAppPackageException($"De host '{value}' bevat een poort: Teams verwacht een hostnaam zonder poort (de bot draait op https, poort 443).");
        if (!IsHostName(host))
            throw new TeamsAppPackageException($"De host '{value}' is geen geldige hostnaam: gebruik alleen letters, cijfers, koppeltekens en punten, bijvoorbeeld {ExampleHost}.");
        return host.ToLowerInvariant();
    }

    /// <summary>Whether the text is a DNS host name (no scheme, port or path); the Office manifest's host shares the rule.</summary>
    public static bool IsHostName(string host) => HostName().IsMatch(host);

    private static string Suggestion(string host)
    {
        var withScheme = host.Contains("://", StringComparison.Ordinal) ? host : "https://" + host;
        return Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? $", dus '{uri.Host}'" : "";
    }

    // DNS labels of 1-63 letters, digits and inner hyphens, at most 253 characters in all.
    [GeneratedRegex(@"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
