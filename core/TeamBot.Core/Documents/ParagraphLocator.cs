using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// Names where a paragraph is the way a Word user looks for it: "alinea 12" (counting paragraphs
/// outside tables) or "tabel 2, rij 3, cel 1", plus the last heading above it.
/// </summary>
internal sealed class ParagraphLocator
{
    private readonly Dictionary<XElement, (int Ordinal, string? Heading)> paragraphs = [];
    private readonly Dictionary<XElement, int> tableNumbers = [];

    public ParagraphLocator(XElement root, HeadingStyles headings)
    {
        foreach (var table in root.Descendants(Table)) tableNumbers[table] = tableNumbers.Count + 1;
        string? heading = null;
        var ordinal = 0;
        foreach (var paragraph in root.Descendants(Paragraph))
        {
            var inTable = paragraph.Ancestors(TableCell).Any();
            // A tag in a heading is found under the heading before it: its own text is what is wrong.
            paragraphs[paragraph] = (inTable ? 0 : ++ordinal, heading);
            if (headings.IsHeading(paragraph) && WordXml.PlainText(paragraph) is { Length: > 0 } text) heading = WordXml.Shorten(text);
        }
    }

    public TagPlace Locate(XElement paragraph)
    {
        var (ordinal, heading) = paragraphs[paragraph];
        if (WordXml.NearestAncestor(paragraph, TableCell) is { } cell) return new TagPlace(CellLocation(cell), heading);
        if (NoteOf(paragraph) is { } note) return new TagPlace(NoteLocation(note, paragraph), heading);
        return new TagPlace($"alinea {ordinal}", heading);
    }

    private static XElement? NoteOf(XElement paragraph) =>
        paragraph.Ancestors().FirstOrDefault(element => element.Name == Footnote || element.Name == Endnote);

    /// <summary>"voetnoot 2, alinea 1": notes counted as Word numbers them, skipping the separators.</summary>
    private static string NoteLocation(XElement note, XElement paragraph)
    {
        var notes = note.Parent?.Elements(note.Name).Where(element => element.Attribute(TypeAttribute) is null).ToList() ?? [];
        var label = note.Name == Footnote ? "voetnoot" : "eindnoot";
        return $"{label} {notes.IndexOf(note) + 1}, alinea {note.Descendants(Paragraph).ToList().IndexOf(paragraph) + 1}";
    }

    private string CellLocation(XElement cell)
    {
        var row = WordXml.NearestAncestor(cell, TableRow);
        var table = row is null ? null : WordXml.NearestAncestor(row, Table);
        if (row is null || table is null) return "tabelcel";
        var rowNumber = OwnDescendants(table, TableRow, Table).IndexOf(row) + 1;
        var cellNumber = OwnDescendants(row, TableCell, TableRow).IndexOf(cell) + 1;
        return $"tabel {tableNumbers[table]}, rij {rowNumber}, cel {cellNumber}";
    }

    /// <summary>Rows of this table (not of tables nested in its cells); cells of this row likewise.</summary>
    private static List<XElement> OwnDescendants(XElement owner, XName name, XName ownerName) =>
        owner.Descendants(name).Where(element => WordXml.NearestAncestor(element, ownerName) == owner).ToList();
}
