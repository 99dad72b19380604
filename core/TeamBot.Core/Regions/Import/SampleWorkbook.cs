using System.Globalization;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace TeamBot.Core.Regions.Import;

/// <summary>
/// Builds an import workbook from tab-separated text sheets (one Sheet.tsv per sheet), so the sample region
/// ships as reviewable text yet is loaded through exactly the import path a user's workbook takes.
/// </summary>
public static partial class SampleWorkbook
{
    private static readonly string[] SheetOrder =
        [WorkbookFormat.MunicipalitiesSheet, WorkbookFormat.ProvidersSheet, WorkbookFormat.ProductsSheet, WorkbookFormat.ContractsSheet];

    public static byte[] Build(string folder)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var sheet in SheetOrder)
            sheets[sheet] = ReadRows(Path.Combine(folder, sheet + ".tsv"));
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> ReadRows(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var headers = lines[0].Split('\t');
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => headers.Select((h, i) => (h, Value: Typed(i < cells.Length ? cells[i] : "")))
                .ToDictionary(c => c.h, c => c.Value))
            .ToList();
    }

    /// <summary>Numbers and dd-mm-jjjj dates become real Excel numbers and dates, as a user's workbook has them.</summary>
    private static object? Typed(string text)
    {
        if (text.Length == 0) return null;
        if (Number().IsMatch(text)) return double.Parse(text, CultureInfo.InvariantCulture);
        if (DateTime.TryParseExact(text, "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        return text;
    }

    // No leading zeros: "00000012" is a KvK-nummer, not the number 12.
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")]
    private static partial Regex Number();
}
