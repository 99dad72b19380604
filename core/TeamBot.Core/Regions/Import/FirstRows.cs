namespace TeamBot.Core.Regions.Import;

/// <summary>The "staat dubbel" check every sheet makes: a key may stand in one row; a later row gets a located problem.</summary>
internal sealed class FirstRows(StringComparer comparer)
{
    private readonly Dictionary<string, int> _firstRowByKey = new(comparer);

    /// <param name="what">How the problem names the row's subject, e.g. "Gemeente 'Beek'".</param>
    /// <param name="context">Said between "staat dubbel" and the first row, e.g. "voor dezelfde gemeenten".</param>
    /// <returns>Whether this is the key's first row (later rows are to be skipped).</returns>
    public bool IsFirst(RowReader reader, string key, string column, string what, string? context = null)
    {
        if (_firstRowByKey.TryGetValue(key, out var first))
        {
            reader.Problem(column, $"{what} staat dubbel{(context is null ? "" : " " + context)} (ook in rij {first}).");
            return false;
        }
        _firstRowByKey[key] = reader.Number;
        return true;
    }
}
