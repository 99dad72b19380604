namespace TeamBot.Core.Search;

/// <summary>Turns a question into its topic words; never throws, whatever the text.</summary>
internal sealed class QuestionParser(DutchTextAnalysis analysis, DutchSynonyms synonyms, CompoundSplitter compounds, TermWeights weights)
{
    // A typo is read as another word only from this length on: shorter words have too many close neighbours.
    private const int MinTypoLength = 7;

    // The words a typo may stand for, by first letter: the documents' own stems (most used first) and the synonyms' stems.
    private readonly Dictionary<char, string[]> _correctableByInitial = weights.SectionCounts.OrderByDescending(known => known.Value).Select(known => known.Key)
        .Concat(synonyms.Stems).Where(stem => stem.Length >= MinTypoLength - 2).Distinct(StringComparer.Ordinal)
        .GroupBy(stem => stem[0]).ToDictionary(group => group.Key, group => group.ToArray());

    // Questions repeat their words; a stem is looked up once per index.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _corrections = new(StringComparer.Ordinal);
    private const int MaxCachedCorrections = 10_000;

    /// <summary>A question is read up to here: a pasted e-mail should not become a query of hundreds of words.</summary>
    public const int MaxQuestionLength = 1000;

    // Keeps the query far below Lucene's limit of 1024 clauses and the search fast.
    public const int MaxConcepts = 24;

    public IReadOnlyList<QueryConcept> Parse(string? question)
    {
        if (string.IsNullOrWhiteSpace(question)) return [];
        var concepts = new List<QueryConcept>();
        foreach (var token in analysis.Tokens(SpelledPeriods(Shorten(question))))
        {
            if (concepts.Count == MaxConcepts) break;
            var concept = ToConcept(token);
            if (!concepts.Any(known => known.Means(concept))) concepts.Add(concept);
        }

        return concepts;
    }

    /// <summary>Rules state periods in numbers: "een half jaar" is "6 maanden" there.</summary>
    private static string SpelledPeriods(string question) =>
        question.Replace("anderhalf jaar", "18 maanden", StringComparison.OrdinalIgnoreCase)
            .Replace("een half jaar", "6 maanden", StringComparison.OrdinalIgnoreCase)
            .Replace("half jaar", "6 maanden", StringComparison.OrdinalIgnoreCase)
            .Replace("halfjaar", "6 maanden", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string question)
    {
        if (question.Length <= MaxQuestionLength) return question;
        var cut = question.LastIndexOf(' ', MaxQuestionLength);
        return question[..(cut > 0 ? cut : MaxQuestionLength)];
    }

    private QueryConcept ToConcept(AnalyzedToken token)
    {
        var alternatives = synonyms.AlternativesFor(token.Stem);
        // A typo of a document word counts as that word, unless a synonym already reaches the documents.
        if (!weights.IsKnown(token.Stem) && !alternatives.Any(alternative => alternative.All(weights.IsKnown)) && Corrected(token.Stem) is { } corrected)
            alternatives = [.. alternatives, [corrected], .. synonyms.AlternativesFor(corrected)];
        return new(token.Stem, alternatives, CompoundPartStems(token.Surface), weights.Of(token.Stem), weights.IsKnown(token.Stem));
    }

    /// <summary>The word a stem no section has is most likely a typo of ("corigeren"): one edit away, two for long words.</summary>
    private string? Corrected(string stem)
    {
        if (stem.Length < MinTypoLength || !_correctableByInitial.TryGetValue(stem[0], out var candidates)) return null;
        if (_corrections.TryGetValue(stem, out var cached)) return cached;
        var tolerance = stem.Length >= 10 ? 2 : 1;
        var corrected = candidates.FirstOrDefault(known => known != stem && Math.Abs(known.Length - stem.Length) <= tolerance
            && ReferralGuide.EditDistance.IsWithin(stem, known, tolerance));
        if (_corrections.Count < MaxCachedCorrections) _corrections[stem] = corrected;
        return corrected;
    }

    /// <summary>"spoedprocedure" may be written apart in the documents: "de procedure bij spoed".</summary>
    private List<string> CompoundPartStems(string surface)
    {
        if (!compounds.TrySplit(surface, out var head, out var tail)) return [];
        var stems = analysis.Tokens($"{head} {tail}").Select(token => token.Stem).Distinct(StringComparer.Ordinal).ToList();
        return stems.Count == 2 ? stems : [];
    }
}
