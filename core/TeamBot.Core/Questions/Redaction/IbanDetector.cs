using System.Text;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// Finds IBANs, written together ("NL91ABNA0417164300") or in groups of four ("NL91 ABNA 0417 1643 00"): two letters,
/// two check digits and 11 to 30 letters or digits, kept only when the mod-97 check holds. Runs before the phone
/// detector, which would otherwise take the digits at the end and leave the bank code.
/// </summary>
internal static class IbanDetector
{
    private const int MinLength = 15;
    private const int MaxLength = 34;

    public static void Find(string text, SpanClaims claims)
    {
        foreach (var match in RedactionPatterns.IbanStart().EnumerateMatches(text))
            if (LongestValid(text, match.Index) is { } length)
                claims.TryClaim(PersonalDataKind.Iban, match.Index, length);
    }

    /// <summary>The longest valid IBAN from <paramref name="start"/>, ending at a group boundary; null when there is none.</summary>
    private static int? LongestValid(string text, int start)
    {
        var compact = new StringBuilder(MaxLength);
        int? valid = null;
        var position = start;
        while (position < text.Length && compact.Length < MaxLength)
        {
            var c = text[position];
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact.Append(char.ToUpperInvariant(c));
                position++;
                if (EndsGroup(text, position) && compact.Length >= MinLength && Mod97(compact) == 1) valid = position - start;
                continue;
            }
            // One space between groups of four, as banks print them.
            if (c == ' ' && compact.Length % 4 == 0 && position + 1 < text.Length && char.IsAsciiLetterOrDigit(text[position + 1])) position++;
            else break;
        }
        return valid;
    }

    private static bool EndsGroup(string text, int position) => position == text.Length || !char.IsAsciiLetterOrDigit(text[position]);

    /// <summary>ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97.</summary>
    private static int Mod97(StringBuilder iban)
    {
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }
        return remainder;
    }
}
