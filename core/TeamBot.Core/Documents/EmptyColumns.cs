using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// A table column whose values all came out empty goes, header included: a plan without a meting or with two sleutels
/// instead of four then has no blank column. Only cells that write a value in the template count, so a column the
/// author left empty on purpose (to fill in by hand) stays. Cells are marked before rendering and unmarked after.
/// </summary>
internal static class EmptyColumns
{
    private static readonly XNamespace Marks = "urn:teambot:template-marks";
    private static readonly XName TaggedCell = Marks + "tagged";
    private static readonly XName GridSpan = W + "gridSpan";

    /// <summary>Marks the cells of the template that write a value (repetition copies the mark with the cell); a cell with only a block's end is structure, not a value.</summary>
    public static void MarkTaggedCells(IEnumerable<WordTag> tags)
    {
        foreach (var cell in tags.Where(tag => tag.Code.Role == TagRole.Output).Select(tag => tag.Cell).OfType<XElement>().Distinct())
        {
            cell.SetAttributeValue(TaggedCell, "1");
        }
    }

    public static void Remove(XElement root)
    {
        foreach (var table in root.Descendants(Table).Where(table => table.Elements(TableRow).Any(HasTaggedCell)).ToList())
        {
            RemoveFrom(table);
        }
        Unmark(root);
    }

    private static bool HasTaggedCell(XElement row) => row.Elements(TableCell).Any(cell => cell.Attribute(TaggedCell) is not null);

    private static void RemoveFrom(XElement table)
    {
        var rows = table.Elements(TableRow).Select(row => row.Elements(TableCell).ToList()).ToList();
        if (rows.Any(cells => cells.Any(cell => cell.Element(TableCellProperties)?.Element(GridSpan) is not null))) return;
        var width = rows.Max(cells => cells.Count);
        var empty = Enumerable.Range(0, width).Where(column => IsEmptyTaggedColumn(rows, column)).ToList();
        if (empty.Count == 0 || empty.Count == width) return;
        var grid = table.Element(W + "tblGrid")?.Elements(W + "gridCol").ToList() ?? [];
        var gridMatches = grid.Count == width;
        foreach (var column in empty.OrderDescending())
        {
            foreach (var cells in rows.Where(cells => column < cells.Count)) cells[column].Remove();
            if (gridMatches) grid[column].Remove();
        }
        if (gridMatches) Widen(table, grid.Sum(TableWidths.Width), grid.Where(column => column.Parent is not null).ToList());
    }

    /// <summary>The remaining columns share the width the removed ones had, so the table keeps its width.</summary>
    private static void Widen(XElement table, int formerWidth, List<XElement> remaining)
    {
        var width = remaining.Sum(TableWidths.Width);
        if (width <= 0 || formerWidth <= width) return;
        TableWidths.Scale(remaining, table.Elements(TableRow), (double)formerWidth / width);
    }

    private static bool IsEmptyTaggedColumn(List<List<XElement>> rows, int column)
    {
        var cells = rows.Where(cells => column < cells.Count).Select(cells => cells[column]).ToList();
        var tagged = cells.Where(cell => cell.Attribute(TaggedCell) is not null).ToList();
        return tagged.Count > 0 && tagged.All(IsEmpty);
    }

    private static bool IsEmpty(XElement cell) =>
        cell.Elements(Paragraph).All(paragraph => string.IsNullOrWhiteSpace(WordXml.PlainText(paragraph)) && !WordXml.HasRichContent(paragraph))
        && !cell.Elements(Table).Any();

    private static void Unmark(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            element.Attribute(TaggedCell)?.Remove();
            element.Attributes().Where(attribute => attribute.IsNamespaceDeclaration && attribute.Value == Marks.NamespaceName).Remove();
        }
    }
}
