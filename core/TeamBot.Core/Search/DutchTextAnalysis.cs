using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace TeamBot.Core.Search;

/// <summary>
/// The one analyzer (DutchAnalyzer, refined) used for indexing and for questions, so both sides reduce words to the same stems.
/// Its stop set is Lucene's Dutch list plus question words and fillers, which say nothing about the topic.
/// </summary>
internal sealed class DutchTextAnalysis : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Words a caseworker puts around a question; left in, they would count as unmatched topic words.
    private static readonly string[] QuestionWords =
    [
        "welke", "welk", "wanneer", "waarom", "waar", "waarvoor", "waarmee", "hoeveel", "hoelang", "lang", "snel",
        "mag", "mogen", "moeten", "kunnen", "kun", "kunt", "zullen", "willen", "wilt", "weten",
        "we", "wij", "jij", "jullie", "onze", "graag", "eigenlijk", "precies", "even", "nou", "soms", "ergens", "alle",
        "gebeurt", "gebeuren", "doe", "gaat", "ga", "gaan", "krijg", "krijgen", "geldt", "gelden", "regelen", "werkt",
        "zit", "zitten", "vind", "vinden", "staat", "staan", "inzetten", "gebruik", "gebruiken", "brengen", "gebracht",
        "opzichte", "verschil", "hallo", "hoi", "liggen", "ligt", "komen", "komt", "houden", "houdt",
        // A comparison in a question is how it asks, not what about: "langer dan een half jaar".
        "langer", "korter",
    ];

    // Lucene's Dutch stop words that decide what a question means: "starten zonder toewijzing".
    private static readonly string[] MeaningfulWords = ["zonder"];

    private readonly CharArraySet _stopWords;

    public DutchTextAnalysis()
    {
        _stopWords = new CharArraySet(Version, DutchAnalyzer.DefaultStopSet.Count + QuestionWords.Length, ignoreCase: true);
        _stopWords.UnionWith(DutchAnalyzer.DefaultStopSet.Where(word => !MeaningfulWords.Contains(word)));
        _stopWords.UnionWith(QuestionWords);
        Analyzer = new DutchSearchAnalyzer(_stopWords);
    }

    public Analyzer Analyzer { get; }

    public bool IsStopWord(string word) => _stopWords.Contains(word);

    /// <summary>The analyzed tokens of a text in order; stop words are left out.</summary>
    public List<AnalyzedToken> Tokens(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = Analyzer.GetTokenStream(SearchFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var surface = text[offset.StartOffset..offset.EndOffset].ToLowerInvariant();
            tokens.Add(new AnalyzedToken(term.ToString(), surface));
        }

        stream.End();
        return tokens;
    }

    public HashSet<string> Stems(string text) => Tokens(text).Select(token => token.Stem).ToHashSet(StringComparer.Ordinal);

    public void Dispose() => Analyzer.Dispose();
}
