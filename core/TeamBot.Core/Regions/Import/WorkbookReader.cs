using System.IO.Compression;
using MiniExcelLibs;
using TeamBot.Core.Formatting;
using TeamBot.Core.Packages;

namespace TeamBot.Core.Regions.Import;

/// <summary>Opens an .xlsx workbook and reads every sheet into rows; anything that is not a workbook is a problem.</summary>
internal static class WorkbookReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public static IReadOnlyList<SheetTable>? Read(string fileName, byte[] content, ImportProblemList problems)
    {
        if (!LooksLikeXlsx(content))
        {
            problems.Add(ImportProblem.InFile(fileName, "Dit bestand is geen Excel-werkmap (.xlsx). Sla het bestand in Excel op als 'Excel-werkmap (*.xlsx)'."));
            return null;
        }
        try
        {
            if (ZipGuard.Problem(content, ZipLimits.Office) is { } tooLarge)
            {
                problems.Add(ImportProblem.InFile(fileName, tooLarge));
                return null;
            }
            var scans = WorkbookScan.Scan(content, WorkbookLimits.Default);
            if (!WithinLimits(fileName, scans, WorkbookLimits.Default, problems)) return null;
            var sheets = ReadSheets(fileName, content, scans);
            if (sheets.All(s => s.Rows.All(r => r.IsEmpty) && s.Headers.All(string.IsNullOrWhiteSpace)))
            {
                problems.Add(ImportProblem.InFile(fileName, "De werkmap is leeg: er staan geen gegevens in de bladen."));
                return null;
            }
            return sheets;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or NotSupportedException or FormatException)
        {
            problems.Add(ImportProblem.InFile(fileName, "De werkmap kan niet worden gelezen; het bestand is beschadigd of geen .xlsx-bestand."));
            return null;
        }
    }

    /// <summary>Refuses a workbook far larger than a region's before a row is built from it.</summary>
    private static bool WithinLimits(string fileName, IReadOnlyDictionary<string, SheetScan> scans, WorkbookLimits limits, ImportProblemList problems)
    {
        var before = problems.Count;
        if (scans.Count > limits.MaxSheets)
            problems.Add(ImportProblem.InFile(fileName, $"De werkmap heeft {scans.Count} bladen; TeamBot leest er hoogstens {limits.MaxSheets}."));
        foreach (var (name, scan) in scans)
        {
            if (scan.Rows > limits.MaxRowsPerSheet)
                problems.Add(new ImportProblem(fileName, name, null, null, $"Het blad heeft meer dan {Count(limits.MaxRowsPerSheet)} rijen; zoveel heeft een regio niet. Staan er lege of oude rijen onder de gegevens?"));
            if (scan.Columns > limits.MaxColumns)
                problems.Add(new ImportProblem(fileName, name, null, null, $"Het blad gebruikt {Count(scan.Columns)} kolommen; TeamBot leest er hoogstens {Count(limits.MaxColumns)}."));
        }
        if (scans.Values.Sum(s => s.Cells) > limits.MaxCells)
            problems.Add(ImportProblem.InFile(fileName, $"De werkmap heeft meer dan {Count(limits.MaxCells)} gevulde cellen; zoveel heeft een regio niet."));
        return problems.Count == before;
    }

    private static string Count(long value) => value.ToString("N0", DutchFormat.Culture);

    private static List<SheetTable> ReadSheets(string fileName, byte[] content, IReadOnlyDictionary<string, SheetScan> scans)
    {
        using var stream = new MemoryStream(content, writable: false);
        var names = stream.GetSheetNames();
        var tables = new List<SheetTable>(names.Count);
        foreach (var name in names)
        {
            stream.Position = 0;
            tables.Add(ReadSheet(fileName, name, stream, scans.TryGetValue(name, out var scan) ? scan.UncomputedFormulas : new HashSet<(int, int)>()));
        }
        return tables;
    }

    private static SheetTable ReadSheet(string fileName, string name, Stream stream, IReadOnlySet<(int Row, int Column)> uncomputedFormulas)
    {
        var rows = new List<SheetRow>();
        IReadOnlyList<string?> headers = [];
        var number = 0;
        foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, sheetName: name))
        {
            number++;
            var values = cells.Values.ToList();
            if (number == 1) headers = values.Select(CellValues.Text).ToList();
            else rows.Add(new SheetRow(number, values));
        }
        return new SheetTable(fileName, name, headers, rows, uncomputedFormulas);
    }

    private static bool LooksLikeXlsx(byte[] content)
    {
        if (content.Length < 4 || !content.AsSpan(0, 4).SequenceEqual(ZipSignature)) return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
