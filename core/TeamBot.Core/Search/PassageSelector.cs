namespace TeamBot.Core.Search;

/// <summary>
/// Picks the one to three consecutive sentences of a section that answer the question best:
/// the sentence with the most (weighted) question words, widened by neighbours that match too,
/// or that give a short sentence its context.
/// </summary>
internal static class PassageSelector
{
    public const int MaxLength = 450;
    private const int MaxSentences = 3;

    // A sentence this short reads as a fragment on its own ("Verlenging is nooit automatisch.").
    private const int MinLength = 120;

    private const string Ellipsis = "…";

    public static string Select(IReadOnlyList<SectionSentence> sentences, IReadOnlyList<QueryConcept> concepts)
    {
        if (sentences.Count == 0) return "";
        var scores = sentences.Select(sentence => Score(sentence, concepts)).ToArray();
        var best = Array.IndexOf(scores, scores.Max());
        var passage = new SentenceRange(best, best);
        while (passage.Count < MaxSentences && Widen(sentences, scores, passage) is { } wider) passage = wider;
        return Cap(Join(sentences, passage));
    }

    private static double Score(SectionSentence sentence, IReadOnlyList<QueryConcept> concepts) =>
        concepts.Sum(concept => concept.Weight * concept.ShareFoundIn(sentence.Stems));

    /// <summary>The passage one sentence wider, or null when no neighbour adds anything or fits.</summary>
    private static SentenceRange? Widen(IReadOnlyList<SectionSentence> sentences, double[] scores, SentenceRange passage)
    {
        var candidates = new List<(SentenceRange Range, double Value)>();
        if (passage.Last + 1 < sentences.Count)
            candidates.Add((passage with { Last = passage.Last + 1 }, ValueOfNeighbour(sentences, scores, passage.Last, passage.Last + 1)));
        if (passage.First > 0)
            candidates.Add((passage with { First = passage.First - 1 }, ValueOfNeighbour(sentences, scores, passage.First, passage.First - 1)));
        var isShort = Join(sentences, passage).Length < MinLength;
        return candidates
            .Where(candidate => candidate.Value > 0 || isShort)
            .Where(candidate => Join(sentences, candidate.Range).Length <= MaxLength)
            .OrderByDescending(candidate => candidate.Value)
            .ThenByDescending(candidate => candidate.Range.Last)
            .Select(candidate => (SentenceRange?)candidate.Range)
            .FirstOrDefault();
    }

    private static double ValueOfNeighbour(IReadOnlyList<SectionSentence> sentences, double[] scores, int from, int neighbour)
    {
        // A sentence that ends in ":" announces the list or table that follows; the next item belongs with it.
        var announces = neighbour == from + 1 && sentences[from].Text.EndsWith(':');
        return announces ? Math.Max(scores[neighbour], double.Epsilon) : scores[neighbour];
    }

    private static string Join(IReadOnlyList<SectionSentence> sentences, SentenceRange range)
    {
        var text = new System.Text.StringBuilder(sentences[range.First].Text);
        for (var i = range.First + 1; i <= range.Last; i++)
            text.Append(sentences[i].Line == sentences[i - 1].Line ? ' ' : '\n').Append(sentences[i].Text);
        return text.ToString();
    }

    private static string Cap(string passage)
    {
        if (passage.Length <= MaxLength) return passage;
        var cut = passage.LastIndexOf(' ', MaxLength - Ellipsis.Length);
        return passage[..(cut > 0 ? cut : MaxLength - Ellipsis.Length)] + Ellipsis;
    }

    private readonly record struct SentenceRange(int First, int Last)
    {
        public int Count => Last - First + 1;
    }
}
