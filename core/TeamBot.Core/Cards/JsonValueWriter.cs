using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamBot.Core.Cards;

/// <summary>
/// The templates' <c>json</c> function: any model value as a JSON literal (a quoted, escaped string, a number,
/// true/false, null, an array or an object). With a length limit it shortens long strings with "…",
/// which is how an oversized card is brought under the size limit.
/// </summary>
internal sealed class JsonValueWriter(int? maxStringLength)
{
    public const string Ellipsis = "…";

    public bool ShortenedAny { get; private set; }

    public string Write(object? value)
    {
        var node = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), CardJson.Options);
        if (node is null) return "null";
        return (Shortened(node) ?? node).ToJsonString(CardJson.Options);
    }

    /// <summary>A replacement for a string value that is too long; null when the node can stay (its children are shortened in place).</summary>
    private JsonValue? Shortened(JsonNode node)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue(out string? text):
                return Shorten(text) is var shorter && shorter != text ? JsonValue.Create(shorter) : null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is { } item && Shortened(item) is { } replacement) array[i] = replacement;
                return null;
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                    if (obj[name] is { } item && Shortened(item) is { } replacement) obj[name] = replacement;
                return null;
            default:
                return null;
        }
    }

    private string Shorten(string text)
    {
        if (maxStringLength is not { } max || text.Length <= max) return text;
        ShortenedAny = true;
        var cut = Math.Max(max - Ellipsis.Length, 0);
        // Never split a surrogate pair: half an emoji is invalid UTF-16.
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut].TrimEnd() + Ellipsis;
    }
}
