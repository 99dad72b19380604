namespace TeamBot.Core.Search;

/// <summary>Turns a question into its topic words; never throws, whatever the text.</summary>
internal sealed class QuestionParser(DutchTextAnalysis analysis, DutchSynonyms synonyms, CompoundSplitter compounds, TermWeights weights)
{
    /// <summary>A question is read up to here: a pasted e-mail should not become a query of hundreds of words.</summary>
    public const int MaxQuestionLength = 1000;

    // Keeps the query far below Lucene's limit of 1024 clauses and the search fast.
    public const int MaxConcepts = 24;

    public IReadOnlyList<QueryConcept> Parse(string? question)
    {
        if (string.IsNullOrWhiteSpace(question)) return [];
        var concepts = new List<QueryConcept>();
        foreach (var token in analysis.Tokens(Shorten(question)))
        {
            if (concepts.Count == MaxConcepts) break;
            var concept = ToConcept(token);
            if (!concepts.Any(known => known.Means(concept))) concepts.Add(concept);
        }

        return concepts;
    }

    private static string Shorten(string question)
    {
        if (question.Length <= MaxQuestionLength) return question;
        var cut = question.LastIndexOf(' ', MaxQuestionLength);
        return question[..(cut > 0 ? cut : MaxQuestionLength)];
    }

    private QueryConcept ToConcept(AnalyzedToken token) =>
        new(token.Stem, synonyms.AlternativesFor(token.Stem), CompoundPartStems(token.Surface), weights.Of(token.Stem), weights.IsKnown(token.Stem));

    /// <summary>"spoedprocedure" may be written apart in the documents: "de procedure bij spoed".</summary>
    private List<string> CompoundPartStems(string surface)
    {
        if (!compounds.TrySplit(surface, out var head, out var tail)) return [];
        var stems = analysis.Tokens($"{head} {tail}").Select(token => token.Stem).Distinct(StringComparer.Ordinal).ToList();
        return stems.Count == 2 ? stems : [];
    }
}
