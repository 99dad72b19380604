using System.Net;
using System.Text.Json;
using TeamBot.Bot.Addin;

namespace TeamBot.Bot.ComposeSearch;

/// <summary>
/// The settings page of the compose-box search (built with the add-in, served at /addin/teams-instellingen.html).
/// Teams opens it from composeExtension/querySettingUrl; the page hands the choice back through Teams as the state of
/// composeExtension/setting. The page needs no API: the gemeenten and the current choice travel in its address.
/// </summary>
public sealed class ComposeSettingsPage(IHttpContextAccessor http)
{
    public const string Path = AddinPane.RequestPath + "/teams-instellingen.html";

    // Teams' setting state is the page's JSON; anything longer is no choice of a gemeente.
    private const int MaxStateLength = 1000;

    /// <summary>The page on the origin Teams reached this host at; https except on this computer.</summary>
    public string Url(string? current, IReadOnlyList<string> municipalities)
    {
        var request = http.HttpContext?.Request;
        var host = request?.Host.Value ?? "localhost";
        var scheme = request is not null && IsLoopback(request) ? request.Scheme : "https";
        var query = $"?gemeenten={WebUtility.UrlEncode(string.Join(';', municipalities))}";
        if (!string.IsNullOrWhiteSpace(current)) query += $"&gemeente={WebUtility.UrlEncode(current)}";
        return $"{scheme}://{host}{Path}{query}";
    }

    /// <summary>The gemeente in a composeExtension/setting value (empty: cleared); null when the state holds no choice.</summary>
    public static string? MunicipalityFrom(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } setting
            || !setting.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.String) return null;
        var text = state.GetString()!;
        if (text.Length > MaxStateLength) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("gemeente", out var gemeente) && gemeente.ValueKind == JsonValueKind.String
                ? gemeente.GetString()!.Trim()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsLoopback(HttpRequest request) =>
        request.HttpContext.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
}
