using TeamBot.Core.Language;

namespace TeamBot.Core.Search;

/// <summary>The search synonyms of <see cref="SynonymLexicon.SearchGroups"/>, by stem.</summary>
internal sealed class DutchSynonyms
{
    private const char TargetOnly = '>';

    private readonly Dictionary<string, List<IReadOnlyList<string>>> _alternativesByStem = new(StringComparer.Ordinal);

    public DutchSynonyms(DutchTextAnalysis analysis)
    {
        foreach (var group in SynonymLexicon.SearchGroups) AddGroup(analysis, group);
    }

    /// <summary>The stems that have synonyms.</summary>
    public IEnumerable<string> Stems => _alternativesByStem.Keys;

    /// <summary>The stems of the other words of the groups this stem belongs to; each entry is one word or phrase.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AlternativesFor(string stem) =>
        _alternativesByStem.TryGetValue(stem, out var alternatives) ? alternatives : [];

    private void AddGroup(DutchTextAnalysis analysis, IReadOnlyList<string> group)
    {
        var members = group.Select(member => new Member(StemsOf(analysis, member), member.StartsWith(TargetOnly))).ToList();
        foreach (var member in members.Where(member => member.Stems.Count == 1 && !member.IsTargetOnly).Select(member => member.Stems))
        {
            var alternatives = _alternativesByStem.TryGetValue(member[0], out var existing) ? existing : _alternativesByStem[member[0]] = [];
            var others = members.Select(other => other.Stems).Where(other => other.Count > 0 && !other.SequenceEqual(member));
            alternatives.AddRange(others.Where(other => !alternatives.Any(alternative => alternative.SequenceEqual(other))));
        }
    }

    private static List<string> StemsOf(DutchTextAnalysis analysis, string member) =>
        analysis.Tokens(member.TrimStart(TargetOnly)).Select(token => token.Stem).ToList();

    private sealed record Member(IReadOnlyList<string> Stems, bool IsTargetOnly);
}
