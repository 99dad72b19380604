namespace TeamBot.Core.Search;

/// <summary>
/// One topic word of a question: its stem, the other ways the documents may say it (synonyms; an alternative
/// of several stems needs them all), the stems of its parts when it is a compound, and how much it says
/// (<see cref="Weight"/>: rare words say more).
/// </summary>
/// <param name="IsKnown">Whether any section has the word itself; if not, only its alternatives and parts can match.</param>
internal sealed record QueryConcept(
    string Stem,
    IReadOnlyList<IReadOnlyList<string>> Alternatives,
    IReadOnlyList<string> CompoundParts,
    double Weight,
    bool IsKnown)
{
    /// <summary>The same word, or a synonym of it: "kosten" and "tarief" in one question are one topic, not two.</summary>
    public bool Means(QueryConcept other) =>
        Stem == other.Stem || Alternatives.Any(alternative => alternative.Count == 1 && alternative[0] == other.Stem);

    /// <summary>
    /// 1 when the stems hold the word or an alternative; for a compound, the share of its parts they hold,
    /// times <paramref name="compoundPartsCredit"/>.
    /// </summary>
    public double ShareFoundIn(IReadOnlySet<string> stems, double compoundPartsCredit = 1)
    {
        if (stems.Contains(Stem) || Alternatives.Any(alternative => alternative.All(stems.Contains))) return 1;
        if (CompoundParts.Count == 0) return 0;
        return compoundPartsCredit * CompoundParts.Count(stems.Contains) / CompoundParts.Count;
    }
}
