using TeamBot.Core.Language;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Redaction;

namespace TeamBot.Core.Questions.Faq;

/// <summary>
/// What a question means for a standard answer: its content words, stemmed, with every placeholder one token
/// ("[NAAM]" and "[DATUM]" stand for any person or day). Two questions mean the same when most of these overlap.
/// </summary>
public static class FaqMeaning
{
    /// <summary>Jaccard overlap of the content words at or above which a standard answer fits a question.</summary>
    public const double Threshold = 0.75;

    private const string PlaceholderToken = "placeholder";

    private static readonly HashSet<string> FunctionWords =
    [
        "de", "het", "een", "en", "of", "ik", "je", "jij", "u", "we", "wij", "is", "zijn", "wat", "welk", "welke", "wie", "hoe", "waar",
        "voor", "van", "in", "op", "bij", "met", "naar", "er", "nog", "ook", "dit", "dat", "die", "deze", "kan", "kun", "kunt", "mag",
        "moet", "wordt", "worden", "heeft", "hebben", "graag", "even", "eigenlijk", "precies", "weten", "vraag", "hallo", "hoi", "dank",
        "alvast", "groet", "mijn", "onze", "ons", "te", "aan", "om", "dan", "als", "nu", "al", "wel", "toch", "zo",
    ];

    public static IReadOnlySet<string> Of(string redactedQuestion)
    {
        var text = Placeholders.All.Aggregate(redactedQuestion, (current, placeholder) => current.Replace(placeholder, $" {PlaceholderToken} ", StringComparison.Ordinal));
        return TextFolding.Tokens(text).Where(token => !FunctionWords.Contains(token)).Select(Stem).ToHashSet(StringComparer.Ordinal);
    }

    // "levert" and "leveren" are one verb: the -t of the third person goes too.
    private static string Stem(string token)
    {
        var stem = DutchStemmer.Stem(token);
        return stem.Length > 4 && stem[^1] == 't' && stem[^2] is not ('s' or 't' or 'c') ? stem[..^1] : stem;
    }

    public static double Overlap(IReadOnlySet<string> first, IReadOnlySet<string> second)
    {
        if (first.Count == 0 && second.Count == 0) return 1;
        var shared = first.Count(second.Contains);
        return (double)shared / (first.Count + second.Count - shared);
    }
}
