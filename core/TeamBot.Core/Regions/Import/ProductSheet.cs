namespace TeamBot.Core.Regions.Import;

/// <summary>Reads the Producten sheet; a productcode may appear once.</summary>
internal static class ProductSheet
{
    public static List<Product> Read(SheetTable sheet, ImportProblemList problems)
    {
        var result = new List<Product>();
        var firstRows = new FirstRows(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Rows.Where(r => !r.IsEmpty))
        {
            var reader = new RowReader(sheet, row, problems);
            var code = reader.RequiredText(WorkbookFormat.ProductCode);
            var name = reader.RequiredText(WorkbookFormat.Product);
            if (code is null || name is null) continue;
            if (!firstRows.IsFirst(reader, code, WorkbookFormat.ProductCode, $"Productcode '{code}'")) continue;
            result.Add(new Product(
                code, name, NormalizeLaw(reader.Text(WorkbookFormat.Law)), reader.Text(WorkbookFormat.Category),
                reader.Text(WorkbookFormat.Segment), reader.Text(WorkbookFormat.Unit), reader.Text(WorkbookFormat.Description)));
        }
        return result;
    }

    private static string? NormalizeLaw(string? law) => law?.ToLowerInvariant() switch
    {
        "jeugd" or "jeugdwet" or "jw" => "Jeugdwet",
        "wmo" or "wmo 2015" or "wmo2015" => "Wmo",
        _ => law,
    };
}
