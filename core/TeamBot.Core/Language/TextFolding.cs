using System.Globalization;
using System.Text;

namespace TeamBot.Core.Language;

/// <summary>
/// The one home of folding case and accents, so "Cliënt", "client" and "CLIËNT" are one word everywhere:
/// in the classifier, the redactor, entity resolution and standard answers.
/// </summary>
public static class TextFolding
{
    /// <summary>"Zorgcoöperatie" -> "Zorgcooperatie": diacritics dropped, case kept.</summary>
    public static string WithoutAccents(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower case without diacritics: "CLIËNT" -> "client".</summary>
    public static string Fold(ReadOnlySpan<char> word) =>
        Ascii.IsValid(word)
            ? string.Create(word.Length, word, static (target, source) => source.ToLowerInvariant(target))
            : WithoutAccents(word.ToString()).ToLowerInvariant();

    /// <summary>The form words are compared in: <see cref="Fold"/>, with curly apostrophes straightened.</summary>
    public static string Key(ReadOnlySpan<char> word)
    {
        var folded = Fold(word);
        return folded.Contains('’', StringComparison.Ordinal) ? folded.Replace('’', '\'') : folded;
    }

    /// <summary>Folded words of letters and digits, one space apart: "Zorgcoöperatie Zuid-Limburg" -> "zorgcooperatie zuid limburg".</summary>
    public static string Words(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var lastWasSpace = true;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().TrimEnd();
    }

    public static string[] Tokens(string text) => Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
