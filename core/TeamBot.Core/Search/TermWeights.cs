namespace TeamBot.Core.Search;

/// <summary>How much a stem says about a section: the BM25 inverse document frequency over the indexed sections.</summary>
internal sealed class TermWeights
{
    private readonly Dictionary<string, int> _sectionCountByStem;
    private readonly int _sectionCount;

    public TermWeights(IEnumerable<IReadOnlySet<string>> sectionStems)
    {
        _sectionCountByStem = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stems in sectionStems)
        {
            _sectionCount++;
            foreach (var stem in stems) _sectionCountByStem[stem] = _sectionCountByStem.GetValueOrDefault(stem) + 1;
        }
    }

    public bool IsKnown(string stem) => _sectionCountByStem.ContainsKey(stem);

    /// <summary>Every stem of the sections with the number of sections that have it.</summary>
    public IReadOnlyDictionary<string, int> SectionCounts => _sectionCountByStem;

    /// <summary>High for rare stems and for stems no section has (the words of an off-topic question), near 0 for common ones.</summary>
    public double Of(string stem)
    {
        var sectionsWithStem = _sectionCountByStem.GetValueOrDefault(stem);
        return Math.Log(1 + (_sectionCount - sectionsWithStem + 0.5) / (sectionsWithStem + 0.5));
    }
}
