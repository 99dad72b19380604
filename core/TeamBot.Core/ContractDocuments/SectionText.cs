using System.Text.RegularExpressions;

namespace TeamBot.Core.ContractDocuments;

/// <summary>Whitespace rules shared by every format, so the same words give the same section text.</summary>
internal static partial class SectionText
{
    /// <summary>Collapses runs of whitespace (also line breaks) to one space and drops invisible characters.</summary>
    public static string NormaliseLine(string text) =>
        Whitespace().Replace(Invisible().Replace(text, ""), " ").Trim();

    /// <summary>The non-empty normalised lines of a text that may contain line breaks.</summary>
    public static IEnumerable<string> NormalisedLines(string text) =>
        text.Split('\n').Select(NormaliseLine).Where(line => line.Length > 0);

    // Soft hyphens, zero-width spaces and joiners and the byte order mark: Word and PDF exports leave them in.
    [GeneratedRegex("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
