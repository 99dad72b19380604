namespace TeamBot.Core.Search;

/// <summary>
/// How sure the search is that a hit answers the question, from 0 to 1:
/// <code>
/// confidence = coverage × (0.55 + 0.30 × margin + 0.15 × strength)
/// coverage = Σ weight of the question words found in the section / Σ weight of all question words
///            (weight = idf over the sections; a word found only through the parts of a compound counts half)
/// margin   = (score − best other score) / score, at least 0 (so only the top hit can have a margin)
/// strength = score / (score + Σ weight), the ranking score against what the question could score
/// </code>
/// Coverage leads because an off-topic question ("hoe reset ik mijn wachtwoord") has words no section has,
/// and those unknown words weigh most. Margin and strength only refine an answer that covers the question:
/// a clear winner, matched in its heading, is surer than one of several similar sections.
/// </summary>
internal static class AnswerConfidence
{
    private const double CoverageShare = 0.55;
    private const double MarginShare = 0.30;
    private const double StrengthShare = 0.15;
    private const double PassageBase = 0.6;
    private const double PassageSectionShare = 0.4;
    private const double MissingStatementFactor = 0.7;
    private const double MissingSubjectFactor = 0.8;

    // A compound the documents never use may mean something else than its parts: "vakantiedagen" is no "vakantie".
    private const double CompoundPartsCredit = 0.5;

    public static double Coverage(IReadOnlyList<QueryConcept> concepts, IReadOnlySet<string> sectionStems)
    {
        var total = concepts.Sum(concept => concept.Weight);
        if (total <= 0) return 0;
        return concepts.Sum(concept => concept.Weight * concept.ShareFoundIn(sectionStems, CompoundPartsCredit)) / total;
    }

    public static double Of(double coverage, float score, float bestOtherScore, double totalWeight)
    {
        var margin = score > 0 ? Math.Max(0, (score - bestOtherScore) / score) : 0;
        // BM25 gives about one point of score per unit of weight of a word found in the text; strength is then one half.
        var strength = score / (score + Math.Max(totalWeight, double.Epsilon));
        var confidence = coverage * (CoverageShare + MarginShare * margin + StrengthShare * strength);
        return Math.Clamp(confidence, 0, 1);
    }

    /// <summary>
    /// For a rule question the quoted sentences are the answer, so they decide: how much of the question they cover
    /// themselves, whether they make the statement asked (a period, a permission) and name the subject.
    /// <code>
    /// confidence = max(section, passage coverage × (0.6 + 0.4 × section coverage share)) × (statement ? 1 : 0.7) × (subject ? 1 : 0.8)
    /// </code>
    /// </summary>
    public static double OfPassage(double sectionConfidence, double passageCoverage, bool hasStatement, bool isAboutSubject)
    {
        var fromPassage = passageCoverage * (PassageBase + PassageSectionShare * sectionConfidence);
        var confidence = Math.Max(sectionConfidence, fromPassage) * (hasStatement ? 1 : MissingStatementFactor) * (isAboutSubject ? 1 : MissingSubjectFactor);
        return Math.Clamp(confidence, 0, 1);
    }
}
