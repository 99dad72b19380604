using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamBot.Core.Cards;

/// <summary>
/// TeamBot's texts are plain, but Teams and Web Chat read a TextBlock's text (and a fact's title and value) as
/// markdown: a line "3. Declareren" became a numbered list that Teams shows as "1. Declareren". Every such text is
/// escaped once, after rendering, so no template or factory can forget it: a line's leading list marker ("3.", "3)",
/// "-", "*", "+"), heading ("#"), quote ("&gt;") or rule ("---", "===") gets a backslash, which every CommonMark
/// renderer drops again. Inline text (bold, links) is left alone.
/// </summary>
internal static partial class CardMarkdown
{
    /// <summary>The text with each line's block marker escaped; "3.2 Declaratietermijn" is no list and stays.</summary>
    public static string Escape(string text) => BlockMarker().Replace(text, "$1\\$2");

    /// <summary>Escapes every text a host renders as markdown, in place.</summary>
    public static void EscapeTexts(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array) EscapeTexts(item);
                break;
            case JsonObject element:
                EscapeElement(element);
                foreach (var (_, child) in element) EscapeTexts(child);
                break;
        }
    }

    private static void EscapeElement(JsonObject element)
    {
        switch ((string?)(element["type"] as JsonValue))
        {
            case "TextBlock":
                EscapeProperty(element, "text");
                break;
            case "FactSet" when element["facts"] is JsonArray facts:
                foreach (var fact in facts.OfType<JsonObject>())
                {
                    EscapeProperty(fact, "title");
                    EscapeProperty(fact, "value");
                }
                break;
        }
    }

    private static void EscapeProperty(JsonObject element, string name)
    {
        if (element[name] is JsonValue value && value.TryGetValue(out string? text)) element[name] = Escape(text);
    }

    // At a line start (up to three spaces in): the "." or ")" after a number, a bullet ("-", "*", "+") or heading ("#")
    // followed by a space or the line's end, a quote (">"), or the first character of a rule line ("---", "===", which
    // also turns the line above into a heading).
    [GeneratedRegex(@"(?m)^([ ]{0,3}(?:\d{1,9}(?=[.)](?:[ \t]|$)))?)([.)](?=[ \t]|$)|[-*+](?=[ \t]|$)|>|#{1,6}(?=[ \t]|$)|[-*_=](?=(?:[ \t]*[-*_=]){2,}[ \t]*$))")]
    private static partial Regex BlockMarker();
}
