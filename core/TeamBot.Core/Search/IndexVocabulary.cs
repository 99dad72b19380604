namespace TeamBot.Core.Search;

/// <summary>
/// The stems each Lucene field holds. The query leaves out words a field does not have: a term query costs a
/// dictionary seek even when it finds nothing, and most synonyms and question words are in no heading at all.
/// </summary>
internal sealed class IndexVocabulary
{
    private readonly Dictionary<string, HashSet<string>> _stemsByField = new(StringComparer.Ordinal);

    public void Add(string field, IEnumerable<string> stems)
    {
        if (!_stemsByField.TryGetValue(field, out var known)) _stemsByField[field] = known = new HashSet<string>(StringComparer.Ordinal);
        known.UnionWith(stems);
    }

    public bool Has(string field, string stem) => _stemsByField.TryGetValue(field, out var known) && known.Contains(stem);
}
