namespace TeamBot.Core.Search;

/// <summary>
/// Picks the one to three consecutive sentences of a section that answer the question best: the sentence with the
/// most (weighted) question words, and, for a rule question, the statement it expects (a period, a permission, a
/// step) about the subject it names; widened by neighbours that match too, by the sentence a "deze termijn" leans
/// on, or by context for a short sentence.
/// </summary>
internal static class PassageSelector
{
    public const int MaxLength = 450;
    private const int MaxSentences = 3;

    // A sentence this short reads as a fragment on its own ("Verlenging is nooit automatisch.").
    private const int MinLength = 120;

    // A sentence about the subject, or with the statement expected, counts as much as this share of the question's strongest word, each.
    private const double FocusBonus = 0.75;
    private const double QuestionSentenceFactor = 0.2;

    private const string Ellipsis = "…";

    public static Passage Select(IReadOnlyList<SectionSentence> sentences, IReadOnlyList<QueryConcept> concepts, SearchFocus focus)
    {
        if (sentences.Count == 0) return Passage.Empty;
        var bonus = FocusBonus * (concepts.Count == 0 ? 1 : concepts.Max(concept => concept.Weight));
        var scores = sentences.Select(sentence => Score(sentence, concepts, focus, bonus)).ToArray();
        var best = Array.IndexOf(scores, scores.Max());
        var passage = new SentenceRange(best, best);
        if (best > 0 && AnswerShapes.RefersBack(sentences[best].Text)) passage = passage with { First = best - 1 };
        // A table row with its header says all it can; its neighbours are other products' rows.
        var isTableRow = sentences[best].TableHeader is not null;
        while (!isTableRow && passage.Count < MaxSentences && Widen(sentences, scores, passage) is { } wider) passage = wider;
        passage = WithPeriodReferredTo(sentences, passage, best);
        var text = WithTableHeader(sentences, passage, Join(sentences, passage));
        var stems = Enumerable.Range(passage.First, passage.Count).SelectMany(i => sentences[i].Stems).ToHashSet(StringComparer.Ordinal);
        return new Passage(Cap(text), stems, AnswerShapes.Has(focus.Expected, text), focus.IsAbout(stems));
    }

    /// <summary>
    /// "Declaraties die na deze termijn binnenkomen" after an example: back to the sentence that states the termijn.
    /// Sentences after the best one give way first when the passage grows too long to quote whole.
    /// </summary>
    private static SentenceRange WithPeriodReferredTo(IReadOnlyList<SectionSentence> sentences, SentenceRange passage, int best)
    {
        if (!AnswerShapes.RefersBackToPeriod(sentences[best].Text)) return passage;
        bool StatesPeriod(int i) => !AnswerShapes.IsExample(sentences[i].Text) && AnswerShapes.Has(ExpectedAnswer.Period, sentences[i].Text);
        var stating = Enumerable.Range(0, best).Reverse().Take(MaxSentences).Cast<int?>().FirstOrDefault(i => StatesPeriod(i!.Value));
        if (stating is not { } first || first >= passage.First) return passage;
        var wider = passage with { First = first };
        while (Join(sentences, wider).Length > MaxLength && wider.Last > best) wider = wider with { Last = wider.Last - 1 };
        return wider;
    }

    private static double Score(SectionSentence sentence, IReadOnlyList<QueryConcept> concepts, SearchFocus focus, double bonus)
    {
        var score = concepts.Sum(concept => concept.Weight * concept.ShareFoundIn(sentence.Stems));
        // A question quoted in a document ("Mag vervoer worden toegewezen zonder dagbehandeling?") is an example, never the answer.
        if (IsQuestion(sentence.Text)) return score * QuestionSentenceFactor;
        if (focus.Expected == ExpectedAnswer.Any && focus.Subjects.Count == 0) return score;
        if (focus.Subjects.Count > 0) score += bonus * focus.ShareOfSubjectsNamed(sentence.Stems);
        if (focus.Expected != ExpectedAnswer.Any && AnswerShapes.Has(focus.Expected, sentence.Text)) score += bonus;
        if (focus.HasHint(sentence.Stems)) score += bonus / 2;
        return score;
    }

    public static bool IsQuestion(string text) => text.TrimEnd('"', '\'', '”', '’', ' ').EndsWith('?');

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

    /// <summary>
    /// A quoted table row is read with its header, cell by cell ("Maximale looptijd per toewijzing: 24 maanden"), so the
    /// figure says what it is; when the cells do not line up with the header, the header stands above the row.
    /// </summary>
    private static string WithTableHeader(IReadOnlyList<SectionSentence> sentences, SentenceRange passage, string text)
    {
        var header = sentences[passage.First].TableHeader;
        if (header is null || text.StartsWith(header, StringComparison.Ordinal)) return text;
        var names = Cells(header);
        var values = Cells(text);
        return names.Length == values.Length && !text.Contains('\n')
            ? string.Join("; ", names.Zip(values, (name, value) => $"{name}: {value}"))
            : header + "\n" + text;
    }

    private static string[] Cells(string row) => row.Split(" | ").Select(cell => cell.Trim()).ToArray();

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
