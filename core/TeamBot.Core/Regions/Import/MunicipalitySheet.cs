namespace TeamBot.Core.Regions.Import;

/// <summary>Reads the Gemeenten sheet. Known figure columns must be numbers; other all-numeric columns become figures too.</summary>
internal static class MunicipalitySheet
{
    public static List<Municipality> Read(SheetTable sheet, ImportProblemList problems)
    {
        var extraFigureColumns = ExtraFigureColumns(sheet);
        var result = new List<Municipality>();
        var firstRows = new FirstRows(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Rows.Where(r => !r.IsEmpty))
        {
            var reader = new RowReader(sheet, row, problems);
            var name = reader.RequiredText(WorkbookFormat.Municipality);
            var regions = reader.List(WorkbookFormat.Region);
            if (regions.Count == 0) reader.Problem(WorkbookFormat.Region, "Regio is leeg; vul de regio('s) van de gemeente in, gescheiden door ';'.");
            var figures = ReadFigures(reader, extraFigureColumns);
            if (name is null) continue;
            if (!firstRows.IsFirst(reader, name, WorkbookFormat.Municipality, $"Gemeente '{name}'")) continue;
            result.Add(new Municipality(name, regions, reader.Text(WorkbookFormat.AccessTeam), figures));
        }
        return result;
    }

    private static Dictionary<string, decimal> ReadFigures(RowReader reader, IReadOnlyList<string> extraColumns)
    {
        var figures = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in WorkbookFormat.MunicipalityFigures)
            if (reader.Decimal(column) is { } value) figures[column] = value;
        foreach (var column in extraColumns)
            if (reader.Decimal(column) is { } value) figures[column] = value;
        return figures;
    }

    /// <summary>Unknown columns are ignored unless every filled cell is a number: then a verdeelsleutel may use them.</summary>
    private static List<string> ExtraFigureColumns(SheetTable sheet)
    {
        var known = new HashSet<string>(
            new[] { WorkbookFormat.Municipality, WorkbookFormat.Region, WorkbookFormat.AccessTeam }
                .Concat(WorkbookFormat.MunicipalityFigures).Select(SheetTable.NormalizeHeader));
        var columns = new List<string>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = sheet.Headers[i];
            if (string.IsNullOrWhiteSpace(header) || known.Contains(SheetTable.NormalizeHeader(header))) continue;
            var filled = sheet.Rows.Select(r => r.Cell(i)).Where(c => CellValues.Text(c) is not null).ToList();
            if (filled.Count > 0 && filled.All(c => CellValues.TryDecimal(c, out _))) columns.Add(header.Trim());
        }
        return columns;
    }
}
