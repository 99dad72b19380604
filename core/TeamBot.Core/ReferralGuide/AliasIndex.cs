using TeamBot.Core.Language;

namespace TeamBot.Core.ReferralGuide;

/// <summary>Normalised alias phrases of region entities, with typo-tolerant lookup of one-word aliases.</summary>
internal sealed class AliasIndex
{
    public const int MaxPhraseTokens = 6;

    private readonly Dictionary<string, List<(EntityKind Kind, string Key)>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<string>> _singleWordsByInitial = [];
    private readonly HashSet<(string Phrase, string Key)> _fullNames = [];

    /// <summary>Marks the phrase as the whole name of the entity, which wins over entities it only starts or abbreviates.</summary>
    public void AddFullName(EntityKind kind, string key, string name)
    {
        Add(kind, key, name);
        _fullNames.Add((TextFolding.Words(name), key));
    }

    /// <summary>
    /// The targets of a phrase, where a product whose whole name it is wins over the products it is only the start of:
    /// "individuele begeleiding" is that product, not also "Individuele begeleiding jeugd".
    /// </summary>
    public IReadOnlyList<(EntityKind Kind, string Key)>? Preferred(string phrase)
    {
        if (Exact(phrase) is not { } targets) return null;
        var whole = targets.Where(t => t.Kind == EntityKind.Product && _fullNames.Contains((phrase, t.Key))).ToList();
        return whole.Count == 0 ? targets : [.. whole, .. targets.Where(t => t.Kind != EntityKind.Product)];
    }

    public void Add(EntityKind kind, string key, string phrase)
    {
        var normal = TextFolding.Words(phrase);
        if (normal.Length == 0 || normal.Count(c => c == ' ') >= MaxPhraseTokens) return;
        if (!_exact.TryGetValue(normal, out var targets))
        {
            _exact[normal] = targets = [];
            if (!normal.Contains(' ')) SingleWords(normal[0]).Add(normal);
        }
        if (!targets.Contains((kind, key))) targets.Add((kind, key));
    }

    public IReadOnlyList<(EntityKind Kind, string Key)>? Exact(string phrase) =>
        _exact.TryGetValue(phrase, out var targets) ? targets : null;

    /// <summary>A one-word alias within the typo tolerance, or one the word starts (a partial name such as "levanto").</summary>
    public (IReadOnlyList<(EntityKind Kind, string Key)> Targets, double Exactness)? Approximate(string word)
    {
        if (word.Length < 5 || !_singleWordsByInitial.TryGetValue(word[0], out var candidates)) return null;
        var tolerance = EditDistance.Tolerance(word.Length);
        foreach (var alias in candidates)
            if (alias.Length >= 5 && EditDistance.IsWithin(word, alias, tolerance))
                return (_exact[alias], 0.8);
        foreach (var alias in candidates)
            if (alias.Length >= word.Length + 3 && alias.StartsWith(word, StringComparison.Ordinal))
                return (_exact[alias], 0.7);
        return null;
    }

    /// <summary>A compound that starts with a one-word alias of this kind: "gezinshuisplaatsing" is about a "gezinshuis".</summary>
    public (IReadOnlyList<(EntityKind Kind, string Key)> Targets, double Exactness)? CompoundHead(string word, EntityKind kind)
    {
        if (word.Length < 10 || !_singleWordsByInitial.TryGetValue(word[0], out var candidates)) return null;
        var head = candidates.Where(alias => alias.Length >= 6 && word.Length >= alias.Length + 4 && word.StartsWith(alias, StringComparison.Ordinal))
            .Where(alias => _exact[alias].Any(t => t.Kind == kind))
            .MaxBy(alias => alias.Length);
        return head is null ? null : (_exact[head].Where(t => t.Kind == kind).ToList(), 0.75);
    }

    private List<string> SingleWords(char initial)
    {
        if (!_singleWordsByInitial.TryGetValue(initial, out var list))
            _singleWordsByInitial[initial] = list = [];
        return list;
    }
}
