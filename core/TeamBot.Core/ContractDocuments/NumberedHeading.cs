using System.Text.RegularExpressions;

namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// A heading recognised by its numbering: "1. Looptijd", "2.3 Verlenging", "Artikel 4 Tarieven", "Hoofdstuk 2 Toegang".
/// </summary>
/// <param name="Depth">How many numbers the numbering has: "2.3" is 2.</param>
/// <param name="IsChapter">A "Hoofdstuk" heading: articles and numbered headings sit one level below chapters.</param>
/// <param name="IsAppendix">A "Bijlage" heading: always on the top level, beside the chapters.</param>
internal sealed partial record NumberedHeading(int Depth, bool IsChapter, bool IsAppendix)
{
    /// <summary>Longer lines are sentences, not headings.</summary>
    public const int MaxHeadingLength = 80;

    public static NumberedHeading? Match(string line)
    {
        if (!LooksLikeHeading(line)) return null;
        var keyword = KeywordNumbering().Match(line);
        if (keyword.Success)
        {
            var word = keyword.Groups["keyword"].Value.ToLowerInvariant();
            return new NumberedHeading(DepthOf(keyword.Groups["number"].Value), word == "hoofdstuk", word == "bijlage");
        }

        var numbered = DecimalNumbering().Match(line);
        return numbered.Success ? new NumberedHeading(DepthOf(numbered.Groups["number"].Value), false, false) : null;
    }

    /// <summary>Short and not ending like a sentence or a list introduction.</summary>
    public static bool LooksLikeHeading(string line) =>
        line.Length is > 0 and < MaxHeadingLength && !SentenceEnd().IsMatch(line);

    /// <summary>The heading level in a document that may also have chapter headings above its articles.</summary>
    public int LevelIn(bool documentHasChapters)
    {
        if (IsAppendix) return 1;
        return IsChapter || !documentHasChapters ? Depth : Depth + 1;
    }

    private static int DepthOf(string number) => number.Split('.').Length;

    // "1." needs its dot and "2.3" its second number, so "16 Gemeenten doen mee" is no heading; up to three
    // digits per number keeps years out; the title starts with a capital.
    [GeneratedRegex(@"^(?:(?<number>\d{1,3}(?:\.\d{1,3})+)\.?|(?<number>\d{1,3})\.)\s+\p{Lu}")]
    private static partial Regex DecimalNumbering();

    [GeneratedRegex(@"^(?<keyword>hoofdstuk|bijlage|artikel|paragraaf)\s+(?<number>\d{1,3}(?:\.\d{1,3})*|(?-i:[IVXLC]+|[A-Z]))\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordNumbering();

    [GeneratedRegex(@"[.;:,]$")]
    private static partial Regex SentenceEnd();
}
