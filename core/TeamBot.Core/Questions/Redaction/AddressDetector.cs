using System.Text.RegularExpressions;
using TeamBot.Core.Language;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>Finds postcodes and street addresses (street plus house number).</summary>
internal static class AddressDetector
{
    private const int MaxWordsBeforeStreetWord = 4;
    private const int MaxAbbreviationLength = 5;

    // Letter pairs the postcode system does not hand out, and units that follow four digits ("1500km").
    private static readonly HashSet<string> NotPostcodeLetters = new(StringComparer.Ordinal) { "SA", "SD", "SS", "km", "kg", "mg", "ml", "cm", "mm", "uu" };

    // Lower-case words that can sit inside a street name ("Van der Valk Boumanweg", "Laan van Nieuw Oost-Indië").
    private static readonly HashSet<string> StreetConnectors = new(StringComparer.Ordinal) { "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "op", "in", "aan", "la", "le" };

    // Tussenvoegsels that open street names ("Van der Valk Boumanweg", "De Ruyterstraat"); "In" and "Op" open sentences.
    private static readonly HashSet<string> StreetParticles = new(StringComparer.Ordinal) { "van", "de", "der", "den", "het", "'t", "ter", "ten" };

    public static void Find(string text, SpanClaims claims, RedactionLexicon lexicon)
    {
        foreach (var match in RedactionPatterns.Postcode().EnumerateMatches(text))
            if (!NotPostcodeLetters.Contains(text.Substring(match.Index + match.Length - 2, 2)))
                claims.TryClaim(PersonalDataKind.Postcode, match.Index, match.Length);

        foreach (Match match in RedactionPatterns.AddressEnd().Matches(text))
        {
            var suffix = match.Groups["suffix"];
            var streetWordStart = WordStart(text, suffix.Index);
            var streetWord = text[streetWordStart..(suffix.Index + suffix.Length)];
            if (!IsAddress(streetWord, suffix.Value, match, lexicon)) continue;
            var start = StreetNameStart(text, streetWordStart, streetWord.Length == suffix.Length, lexicon);
            claims.TryClaim(PersonalDataKind.Address, start, match.Index + match.Length - start);
        }
    }

    private static bool IsAddress(string streetWord, string suffix, Match match, RedactionLexicon lexicon)
    {
        if (char.IsLower(streetWord[0]) && (streetWord.Length == suffix.Length || lexicon.IsCommon(TextFolding.Key(streetWord)))) return false;
        if (suffix.Equals("ring", StringComparison.OrdinalIgnoreCase) && streetWord.EndsWith("ering", StringComparison.OrdinalIgnoreCase)) return false;
        return !LooksLikeYear(match.Groups["number"].Value, match.Groups["addition"].Success);
    }

    // "financiering 2026" or "Loopbaan 2025" are no addresses; house numbers in the 1900s and 2000s without an addition are rare.
    private static bool LooksLikeYear(string number, bool hasAddition) =>
        !hasAddition && number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal));

    /// <summary>
    /// Where the street name starts: up to four capitalised words or tussenvoegsels before the street word, less
    /// those that open the sentence or are plain words ("In de Kerkstraat 12"). Tussenvoegsels ("Van der Valk
    /// Boumanweg") and the one word before a bare street word ("Grote Gracht", "Oude Markt") stay.
    /// </summary>
    private static int StreetNameStart(string text, int streetWordStart, bool streetWordIsBare, RedactionLexicon lexicon)
    {
        var words = WordsBefore(text, streetWordStart);
        for (var i = 0; i < words.Count; i++)
        {
            var keepsWord = i == words.Count - 1 && streetWordIsBare;
            if (keepsWord || !IsDroppable(text.Substring(words[i].Start, words[i].Length), lexicon)) return words[i].Start;
        }
        return streetWordStart;
    }

    /// <summary>The words right before the street word, single-space separated, in text order.</summary>
    private static List<(int Start, int Length)> WordsBefore(string text, int position)
    {
        var words = new List<(int Start, int Length)>();
        while (words.Count < MaxWordsBeforeStreetWord && position >= 2 && text[position - 1] == ' ')
        {
            var end = position - 1;
            var start = end;
            while (start > 0 && IsPrefixWordChar(text[start - 1])) start--;
            if (start == end || !CanPrecedeStreetWord(text.AsSpan(start, end - start))) break;
            words.Insert(0, (start, end - start));
            position = start;
        }
        return words;
    }

    // "St." and "Dr." may precede a street word; "Heerlen." ends the sentence before it.
    private static bool CanPrecedeStreetWord(ReadOnlySpan<char> word)
    {
        if (word[^1] == '.' && word.Length > MaxAbbreviationLength) return false;
        return char.IsUpper(word[0]) || StreetConnectors.Contains(TextFolding.Key(word));
    }

    private static bool IsDroppable(string word, RedactionLexicon lexicon)
    {
        var key = TextFolding.Key(word.TrimEnd('.'));
        return char.IsLower(word[0]) || (lexicon.IsCommon(key) && !StreetParticles.Contains(key));
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && IsStreetWordChar(text[index - 1])) index--;
        return index;
    }

    private static bool IsStreetWordChar(char c) => char.IsLetter(c) || c is '\'' or '’' or '-';

    private static bool IsPrefixWordChar(char c) => IsStreetWordChar(c) || c == '.';
}
