using System.Globalization;
using System.Text;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// The form words are compared in: lower case, accents dropped and curly apostrophes straightened, so
/// "Cliënt", "client" and "CLIENT" are one word, as are "Zorgcoöperatie" and "zorgcooperatie".
/// </summary>
internal static class TextKey
{
    public static string Of(ReadOnlySpan<char> word)
    {
        var key = word.ToString();
        if (!Ascii.IsValid(key)) key = WithoutAccents(key).Replace('’', '\'');
        return key.ToLowerInvariant();
    }

    private static string WithoutAccents(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
