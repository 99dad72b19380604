using System.Text.RegularExpressions;

namespace TeamBot.Core.Search;

/// <summary>Splits section text into sentences: every line (paragraph, list item, table row) and every sentence within it.</summary>
internal static partial class SentenceSplitter
{
    /// <summary>The sentences in reading order with the index of their line; whitespace between sentences is one space.</summary>
    public static IEnumerable<(string Text, int Line)> Split(string sectionText)
    {
        var lines = sectionText.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            foreach (var sentence in SentenceBoundary().Split(lines[line]).Where(sentence => sentence.Length > 0))
                yield return (sentence, line);
        }
    }

    // A sentence ends at . ! or ? followed by a space and a capital, digit or quote; "o.a. de" and "9.00 uur" do not end one.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d""'‘“(])")]
    private static partial Regex SentenceBoundary();
}
