using System.IO.Compression;
using System.Xml;

namespace TeamBot.Core.Regions.Import;

/// <summary>What one worksheet holds, counted from its XML before any library builds rows from it.</summary>
/// <param name="UncomputedFormulas">Cells (1-based row, 0-based column) with a formula but no stored result, as generated workbooks have.</param>
internal sealed record SheetScan(int Rows, long Cells, int Columns, IReadOnlySet<(int Row, int Column)> UncomputedFormulas);

/// <summary>
/// Streams each worksheet's XML once, by sheet name: rows, cells, the widest row, and formulas without a stored result
/// (which MiniExcel reads as empty, so a tarief would silently vanish). Stops counting a sheet past the limits.
/// </summary>
internal static class WorkbookScan
{
    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    public static IReadOnlyDictionary<string, SheetScan> Scan(byte[] workbook, WorkbookLimits limits)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
        var targets = RelationshipTargets(zip);
        var result = new Dictionary<string, SheetScan>(StringComparer.Ordinal);
        foreach (var (name, relationId) in SheetNames(zip))
        {
            if (targets.TryGetValue(relationId, out var path) && zip.GetEntry(path) is { } entry)
                result[name] = ScanSheet(entry, limits);
        }
        return result;
    }

    private static SheetScan ScanSheet(ZipArchiveEntry entry, WorkbookLimits limits)
    {
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, Safe);
        var uncomputed = new HashSet<(int, int)>();
        int rows = 0, row = 0, column = -1, columns = 0;
        long cells = 0;
        while (xml.Read() && rows <= limits.MaxRowsPerSheet && cells <= limits.MaxCells)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != SpreadsheetNamespace) continue;
            if (xml.LocalName == "row")
            {
                rows++;
                row = int.TryParse(xml.GetAttribute("r"), out var r) ? r : row + 1;
                column = -1;
            }
            else if (xml.LocalName == "c")
            {
                cells++;
                column = ColumnOf(xml.GetAttribute("r")) ?? column + 1;
                columns = Math.Max(columns, column + 1);
                if (IsUncomputedFormula(xml)) uncomputed.Add((row, column));
            }
        }
        return new SheetScan(rows, cells, columns, uncomputed);
    }

    /// <summary>Reads the cell's children up to its end tag: a formula (f) whose value (v) is missing or empty.</summary>
    private static bool IsUncomputedFormula(XmlReader cell)
    {
        if (cell.IsEmptyElement) return false;
        var depth = cell.Depth;
        bool formula = false, value = false, inValue = false;
        while (cell.Read() && !(cell.NodeType == XmlNodeType.EndElement && cell.Depth == depth))
        {
            switch (cell.NodeType)
            {
                case XmlNodeType.Element when cell.LocalName == "f":
                    formula = true;
                    break;
                case XmlNodeType.Element when cell.LocalName == "v":
                    inValue = !cell.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when cell.LocalName == "v":
                    inValue = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA when inValue && cell.Value.Length > 0:
                    value = true;
                    break;
            }
        }
        return formula && !value;
    }

    /// <summary>"F12" → 5; null when the reference is absent or not a cell reference.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (++letters > 3) return null;
        }
        return letters == 0 ? null : index - 1;
    }

    private static IEnumerable<(string Name, string RelationId)> SheetNames(ZipArchive zip)
    {
        if (zip.GetEntry("xl/workbook.xml") is not { } entry) yield break;
        using var xml = XmlReader.Create(entry.Open(), Safe);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet"
                && xml.GetAttribute("name") is { } name && xml.GetAttribute("id", RelationshipNamespace) is { } id)
                yield return (name, id);
        }
    }

    private static Dictionary<string, string> RelationshipTargets(ZipArchive zip)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } entry) return targets;
        using var xml = XmlReader.Create(entry.Open(), Safe);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                targets[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        }
        return targets;
    }
}
