using System.Globalization;
using System.Text;

namespace TeamBot.Core.Questions.Classification;

/// <summary>Lower case without diacritics, so "Cliënt", "client" and "CLIËNT" are one word.</summary>
internal static class TextFolding
{
    public static string Fold(ReadOnlySpan<char> word)
    {
        if (IsPlainAscii(word)) return LowerAscii(word);
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsPlainAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c > 127) return false;
        return true;
    }

    private static string LowerAscii(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word, static (target, source) => source.ToLowerInvariant(target));
}
