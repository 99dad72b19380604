using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace TeamBot.Core.Search;

/// <summary>
/// BM25 with one inverse document frequency per word over whole sections instead of one per field. Per field,
/// "aanbieder" is rare in headings and would make every heading with "aanbieder" look like the answer,
/// while in the sections as a whole it is one of the most common words.
/// </summary>
internal sealed class SectionIdfSimilarity(TermWeights weights) : BM25Similarity
{
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats) =>
        new((float)weights.Of(termStats.Term.Utf8ToString()), "idf over whole sections");

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var explanation = new Explanation(0f, "idf over whole sections, summed");
        foreach (var term in termStats)
        {
            var idf = IdfExplain(collectionStats, term);
            explanation.AddDetail(idf);
            explanation.Value += idf.Value;
        }

        return explanation;
    }
}
