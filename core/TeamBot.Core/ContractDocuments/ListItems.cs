using System.Text.RegularExpressions;

namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Recognises list items in plain text and PDF, so each item keeps its own line.
/// U+F0B7 and U+F0A7 are the Symbol and Wingdings bullets Word leaves in exported text.
/// </summary>
internal static partial class ListItems
{
    public static bool StartsWithMarker(string line) => Marker().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:[-*+•–·▪◦\uF0B7\uF0A7]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")]
    private static partial Regex Marker();
}
