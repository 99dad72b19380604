namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// Light Dutch suffix stripping on folded words: plurals, inflected adjectives and diminutives meet their base
/// ("aanbieders", "gecontracteerde", "meisje", "tarieven" become "aanbieder", "gecontracteerd", "meis", "tarief").
/// Crude by design; the character n-grams catch what it misses.
/// </summary>
internal static class DutchStemmer
{
    private const int MinimumStemLength = 3;

    public static string Stem(string word)
    {
        if (word.Length <= MinimumStemLength + 1) return word;
        var stem = StripPossessive(word);
        stem = StripDiminutive(stem);
        stem = StripInflection(stem);
        return stem;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static string StripDiminutive(string word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["tjes", "tje", "jes", "je"])
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinimumStemLength + 1)
                return word[..^suffix.Length];
        return word;
    }

    private static string StripInflection(string word)
    {
        if (word.EndsWith("heden", StringComparison.Ordinal)) return word[..^5] + "heid";
        if (word.EndsWith("en", StringComparison.Ordinal) && word.Length - 2 >= MinimumStemLength) return Restore(word[..^2]);
        if (word.EndsWith('e') && word.Length - 1 >= MinimumStemLength) return Restore(word[..^1]);
        if (word.EndsWith('s') && word.Length >= 5 && !IsVowelOrS(word[^2])) return word[..^1];
        return word;
    }

    /// <summary>Undoes the spelling changes of the ending: "mannen" to "man", "tarieven" to "tarief", "huizen" to "huis".</summary>
    private static string Restore(string stem)
    {
        if (stem.Length >= 2 && stem[^1] == stem[^2] && !IsVowelOrS(stem[^1])) return stem[..^1];
        if (stem.EndsWith('v')) return stem[..^1] + "f";
        if (stem.EndsWith('z')) return stem[..^1] + "s";
        return stem;
    }

    private static bool IsVowelOrS(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 's';
}
