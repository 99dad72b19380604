using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TeamBot.Core.Search;

/// <summary>
/// Evens out word forms that the Snowball Dutch stemmer leaves apart, so a question finds the text whatever the
/// form: plurals after a vowel ("declaraties"), verbs in the present tense ("declareert", "duurt", "meldt"),
/// and the spelling changes between short and long forms ("verwijzen"/"verwijst", "tarieven"/"tarief",
/// "halen"/"haalt", "weken"/"week"). Runs after DutchAnalyzer on the documents and the questions alike, so a
/// stem that is no real word does no harm.
/// </summary>
internal sealed class DutchStemRefinementFilter : TokenFilter
{
    // Shorter stems ("als", "pas", "met") are too often no inflected form at all; no step shortens a stem below 3.
    private const int MinLength = 4;

    private readonly ICharTermAttribute _term;

    public DutchStemRefinementFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_term.Length >= MinLength) _term.SetLength(Refine(_term.Buffer, _term.Length));
        return true;
    }

    /// <summary>Refines the stem in place and returns its new length.</summary>
    private static int Refine(char[] stem, int length)
    {
        // "verwijz" → "verwijs", "tariev" → "tarief": a voiced end becomes voiceless, as in the short form.
        if (stem[length - 1] == 'z') stem[length - 1] = 's';
        else if (stem[length - 1] == 'v') stem[length - 1] = 'f';

        // Twice, because Snowball stems "huisartsen" to "huisarts" but "huisarts" to "huisart".
        for (var round = 0; round < 2; round++)
        {
            length = WithoutPresentTenseT(stem, length);
            length = WithoutFinalS(stem, length);
        }

        return WithSingleVowel(stem, length);
    }

    /// <summary>"declareert" → "declareer", "meldt" → "meld".</summary>
    private static int WithoutPresentTenseT(char[] stem, int length) =>
        length >= MinLength && stem[length - 1] == 't' && !IsVowel(stem[length - 2]) && stem[length - 2] != 't' ? length - 1 : length;

    /// <summary>"declaraties" → "declaratie" (Snowball keeps an s after a vowel), "verwijs" → "verwij".</summary>
    private static int WithoutFinalS(char[] stem, int length) =>
        length >= MinLength && stem[length - 1] == 's' && stem[length - 2] != 's' ? length - 1 : length;

    /// <summary>"declareer" → "declarer", "haal" → "hal", "week" → "wek": Snowball stems "declareren", "halen" and "weken" so.</summary>
    private static int WithSingleVowel(char[] stem, int length)
    {
        if (length < 3 || IsVowel(stem[length - 1])) return length;
        var vowel = stem[length - 2];
        if (!IsVowel(vowel) || vowel == 'i' || stem[length - 3] != vowel) return length;
        stem[length - 2] = stem[length - 1];
        return length - 1;
    }

    private static bool IsVowel(char letter) => letter is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
