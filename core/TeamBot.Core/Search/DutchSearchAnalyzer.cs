using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Util;

namespace TeamBot.Core.Search;

/// <summary>Lucene's DutchAnalyzer (tokenizer, lowercase, stop words, Snowball stemmer) followed by the <see cref="DutchStemRefinementFilter"/>.</summary>
internal sealed class DutchSearchAnalyzer(CharArraySet stopWords) : AnalyzerWrapper(GLOBAL_REUSE_STRATEGY)
{
    private readonly DutchAnalyzer _dutch = new(DutchTextAnalysis.Version, stopWords);

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => _dutch;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new DutchStemRefinementFilter(components.TokenStream));

    protected override void Dispose(bool disposing)
    {
        if (disposing) _dutch.Dispose();
        base.Dispose(disposing);
    }
}
