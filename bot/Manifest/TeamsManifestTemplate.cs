using System.Text.Json;
using System.Text.RegularExpressions;

namespace TeamBot.Bot.Manifest;

/// <summary>manifest/teams/manifest.json with its {{APP_ID}} and {{HOST}} placeholders.</summary>
internal static partial class TeamsManifestTemplate
{
    public const string AppIdPlaceholder = "{{APP_ID}}";
    public const string HostPlaceholder = "{{HOST}}";

    private static readonly string RelativePath = Path.Combine("manifest", "teams", "manifest.json");

    public static string Load() => File.ReadAllText(Locate());

    public static string Locate() => ManifestTemplateFile.Locate(RelativePath);

    /// <summary>Fills the placeholders with JSON-escaped values and proves the result is one JSON object with nothing left to fill.</summary>
    public static string Fill(string template, string appId, string host)
    {
        var manifest = template
            .Replace(AppIdPlaceholder, JsonEscaped(appId), StringComparison.Ordinal)
            .Replace(HostPlaceholder, JsonEscaped(host), StringComparison.Ordinal);
        if (Placeholder().Match(manifest) is { Success: true } left)
            throw new InvalidDataException($"{RelativePath} bevat een onbekende plaatshouder {left.Value}; alleen {AppIdPlaceholder} en {HostPlaceholder} worden ingevuld.");
        EnsureJsonObject(manifest);
        return manifest;
    }

    // The values land inside JSON strings, so they are escaped as string content without the quotes.
    private static string JsonEscaped(string value) => JsonEncodedText.Encode(value).ToString();

    private static void EnsureJsonObject(string manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(manifest);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{RelativePath} is geen JSON-object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{RelativePath} is na het invullen geen geldige JSON: {e.Message}", e);
        }
    }

    [GeneratedRegex(@"\{\{[A-Za-z0-9_]+\}\}")]
    private static partial Regex Placeholder();
}
