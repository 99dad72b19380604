using System.Text;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// The text as the detectors read it: Word and Outlook put soft hyphens, zero-width spaces, no-break spaces and
/// non-breaking hyphens into what people paste, and some keyboards type full-width or Arabic-Indic digits. Each
/// would let a BSN, phone number or e-mail slip past a pattern, so they are made plain first. Positions map back to
/// the original, so a span found in the plain text covers the invisible characters inside it too.
/// </summary>
internal sealed class DetectionText
{
    private readonly int[]? originalIndex;

    private DetectionText(string plain, int[]? originalIndex)
    {
        Plain = plain;
        this.originalIndex = originalIndex;
    }

    public string Plain { get; }

    public static DetectionText Of(string text)
    {
        if (!NeedsWork(text)) return new DetectionText(text, null);
        var plain = new StringBuilder(text.Length);
        var index = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsInvisible(text[i])) continue;
            plain.Append(PlainChar(text[i]));
            index.Add(i);
        }
        return new DetectionText(plain.ToString(), [.. index]);
    }

    /// <summary>A span of the plain text as a span of the original.</summary>
    public RedactedSpan ToOriginal(RedactedSpan span)
    {
        if (originalIndex is null) return span;
        var start = originalIndex[span.Start];
        return span with { Start = start, Length = originalIndex[span.End - 1] + 1 - start };
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
            if (c > '\u007E' && (IsInvisible(c) || PlainChar(c) != c)) return true;
        return false;
    }

    // Soft hyphen, zero-width space/non-joiner/joiner, word joiner, byte order mark, Mongolian vowel separator.
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u180E';

    private static char PlainChar(char c) => c switch
    {
        '\u00A0' or '\u2007' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A') => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' => '-',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };
}
