using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// A repeated cell (tablerow) adds columns the table's grid does not know. Word and LibreOffice lay a
/// table out by its grid, so the grid is rebuilt from the widest row, and when the columns no longer
/// fit the table's former width every width is scaled down to it.
/// </summary>
internal static class TableGridFit
{
    private static readonly XName Grid = W + "tblGrid";
    private static readonly XName GridSpan = W + "gridSpan";

    public static void Fit(XElement root)
    {
        foreach (var table in root.Descendants(Table).ToList()) FitTable(table);
    }

    private static void FitTable(XElement table)
    {
        if (table.Element(Grid) is not { } grid) return;
        var columns = grid.Elements(W + "gridCol").ToList();
        var rows = table.Elements(TableRow).ToList();
        var widest = rows.OrderByDescending(ColumnCount).FirstOrDefault();
        if (widest is null || ColumnCount(widest) == columns.Count) return;

        var widths = GridWidths(widest, Average(columns));
        var formerTotal = columns.Sum(TableWidths.Width);
        var scale = formerTotal > 0 && widths.Sum() > formerTotal ? (double)formerTotal / widths.Sum() : 1;
        grid.ReplaceNodes(widths.Select(width => TableWidths.GridColumn(width, scale)));
        if (scale < 1) TableWidths.Scale([], rows, scale);
    }

    private static int ColumnCount(XElement row) => row.Elements(TableCell).Sum(Span);

    private static int Span(XElement cell) =>
        int.TryParse((string?)cell.Element(TableCellProperties)?.Element(GridSpan)?.Attribute(ValAttribute), out var span) && span > 1 ? span : 1;

    private static List<int> GridWidths(XElement row, int fallback)
    {
        var widths = new List<int>();
        foreach (var cell in row.Elements(TableCell))
        {
            var span = Span(cell);
            var width = TableWidths.DxaWidth(cell) ?? fallback * span;
            widths.AddRange(Enumerable.Repeat(width / span, span));
        }
        return widths;
    }

    private static int Average(List<XElement> columns) => columns.Count == 0 ? 1000 : Math.Max(1, columns.Sum(TableWidths.Width) / columns.Count);
}
