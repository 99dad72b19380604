using System.Text.RegularExpressions;

namespace TeamBot.Core.Search;

/// <summary>
/// Splits Dutch compounds into words that occur on their own in the indexed documents
/// ("declaratietermijn" into "declaratie" and "termijn", "verblijfsproduct" into "verblijf" and "product"),
/// so "termijn" in a question finds the compound and a compound in a question finds its parts.
/// Only words of the documents count as parts, which keeps nonsense splits out.
/// </summary>
internal sealed partial class CompoundSplitter
{
    // "dag" in "dagbehandeling" is a head; a tail of three letters is mostly an inflection ("inzet-ten").
    private const int MinHeadLength = 3;
    private const int MinTailLength = 4;

    // Dutch joins the parts of a compound with these linking sounds: verblijf-s-product, pannen-koek.
    private static readonly string[] LinkingInfixes = ["", "s", "en", "e"];

    // Longer "words" are no Dutch compound but pasted junk; the limit also bounds the recursion.
    private const int MaxCompoundLength = 40;

    private readonly HashSet<string> _words;

    // Looks parts up without allocating a string per candidate split.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    private CompoundSplitter(HashSet<string> words)
    {
        _words = words;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CompoundSplitter FromTexts(IEnumerable<string> texts, Func<string, bool> isStopWord)
    {
        var words = texts
            .SelectMany(Words)
            .Where(word => word.Length >= MinHeadLength && !isStopWord(word))
            .ToHashSet(StringComparer.Ordinal);
        return new CompoundSplitter(words);
    }

    /// <summary>The lowercase letter-only words of a text.</summary>
    public static IEnumerable<string> Words(string text) =>
        Letters().Matches(text).Select(match => match.Value.ToLowerInvariant());

    /// <summary>The parts of every compound in a text, separated by spaces, to index beside the text itself.</summary>
    public string PartsOf(string text) => string.Join(' ', Words(text).SelectMany(Parts).Distinct(StringComparer.Ordinal));

    /// <summary>Every known part of a lowercase word, nested ones too, or nothing when it is no compound of known words.</summary>
    public IReadOnlyList<string> Parts(string word)
    {
        var parts = new List<string>();
        AddParts(word, parts);
        return parts;
    }

    /// <summary>
    /// Splits a word into a known head and a tail that is known or a compound itself, trying the longest head
    /// first: "jeugdhulpaanbieder" is "jeugdhulp" + "aanbieder", not "jeugd" + "hulpaanbieder".
    /// </summary>
    public bool TrySplit(string word, out string head, out string tail)
    {
        if (FindSplit(word) is { } split)
        {
            head = word[..split.HeadLength];
            tail = word[split.TailStart..];
            return true;
        }

        head = tail = "";
        return false;
    }

    private (int HeadLength, int TailStart)? FindSplit(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCompoundLength) return null;
        for (var headLength = word.Length - MinTailLength; headLength >= MinHeadLength; headLength--)
        {
            if (!_wordLookup.Contains(word[..headLength])) continue;
            foreach (var infix in LinkingInfixes)
            {
                if (!word[headLength..].StartsWith(infix, StringComparison.Ordinal)) continue;
                var tail = word[(headLength + infix.Length)..];
                if (tail.Length >= MinTailLength && (_wordLookup.Contains(tail) || FindSplit(tail) is not null))
                    return (headLength, headLength + infix.Length);
            }
        }

        return null;
    }

    private void AddParts(string word, List<string> parts)
    {
        if (!TrySplit(word, out var head, out var tail)) return;
        foreach (var part in new[] { head, tail })
        {
            if (_words.Contains(part)) parts.Add(part);
            AddParts(part, parts);
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
