using System.Globalization;
using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>Reading and scaling a table's widths: its grid columns and the cells' own widths in twips (dxa).</summary>
internal static class TableWidths
{
    private static readonly XName CellWidth = W + "tcW";
    private static readonly XName WidthAttribute = W + "w";

    /// <summary>The w:w of a grid column (or any element carrying one); 0 when absent.</summary>
    public static int Width(XElement element) => int.TryParse((string?)element.Attribute(WidthAttribute), out var width) ? width : 0;

    /// <summary>A cell's width when given in twips; null for auto, percentage or none.</summary>
    public static int? DxaWidth(XElement cell)
    {
        var width = cell.Element(TableCellProperties)?.Element(CellWidth);
        if (width is null || ((string?)width.Attribute(TypeAttribute) ?? "dxa") != "dxa") return null;
        return int.TryParse((string?)width.Attribute(WidthAttribute), out var value) && value > 0 ? value : null;
    }

    public static XElement GridColumn(int width, double scale) =>
        new(W + "gridCol", new XAttribute(WidthAttribute, Scaled(width, scale)));

    /// <summary>Multiplies the grid columns' and the rows' cell widths by <paramref name="scale"/>.</summary>
    public static void Scale(IEnumerable<XElement> gridColumns, IEnumerable<XElement> rows, double scale)
    {
        foreach (var column in gridColumns) column.SetAttributeValue(WidthAttribute, Scaled(Width(column), scale));
        foreach (var cell in rows.SelectMany(row => row.Elements(TableCell)))
        {
            if (DxaWidth(cell) is { } width) cell.Element(TableCellProperties)!.Element(CellWidth)!.SetAttributeValue(WidthAttribute, Scaled(width, scale));
        }
    }

    private static string Scaled(int width, double scale) => ((int)Math.Round(width * scale)).ToString(CultureInfo.InvariantCulture);
}
