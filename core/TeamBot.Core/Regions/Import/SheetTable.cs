namespace TeamBot.Core.Regions.Import;

/// <summary>One worksheet as read from the workbook: headers from row 1 and the data rows below.</summary>
internal sealed class SheetTable
{
    private readonly Dictionary<string, int> _columnByHeader;

    private readonly IReadOnlySet<(int Row, int Column)> _uncomputedFormulas;

    public SheetTable(string fileName, string name, IReadOnlyList<string?> headers, IReadOnlyList<SheetRow> rows,
        IReadOnlySet<(int Row, int Column)>? uncomputedFormulas = null)
    {
        _uncomputedFormulas = uncomputedFormulas ?? new HashSet<(int, int)>();
        FileName = fileName;
        Name = name;
        Headers = headers;
        Rows = rows;
        _columnByHeader = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var key = NormalizeHeader(headers[i]);
            if (key.Length > 0) _columnByHeader.TryAdd(key, i);
        }
    }

    public string FileName { get; }

    public string Name { get; }

    public IReadOnlyList<string?> Headers { get; }

    public IReadOnlyList<SheetRow> Rows { get; }

    public int? ColumnIndex(string header) =>
        _columnByHeader.TryGetValue(NormalizeHeader(header), out var index) ? index : null;

    public bool HasColumn(string header) => ColumnIndex(header) is not null;

    /// <summary>A formula without a stored result: its value is unknown, not empty.</summary>
    public bool IsUncomputedFormula(int row, int column) => _uncomputedFormulas.Contains((row, column));

    /// <summary>"F (Tarief)": the letter Excel shows plus the header the user typed.</summary>
    public string DescribeColumn(string header)
    {
        var index = ColumnIndex(header);
        return index is null ? header : $"{ColumnLetter(index.Value)} ({Headers[index.Value]?.Trim()})";
    }

    public ImportProblem Problem(int? row, string? column, string message) =>
        new(FileName, Name, row, column is null ? null : DescribeColumn(column), message);

    public static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>Headers match case-insensitively and ignore spaces, dots and dashes ("Max. einddatum" = "max einddatum").</summary>
    public static string NormalizeHeader(string? header) =>
        new((header ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-' and not '_').Select(char.ToLowerInvariant).ToArray());
}
