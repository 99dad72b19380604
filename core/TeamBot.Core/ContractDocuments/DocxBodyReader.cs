using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamBot.Core.ContractDocuments;

/// <summary>Reads the paragraphs and tables of a Word body in document order; table rows become "cel | cel" lines.</summary>
internal sealed class DocxBodyReader(DocxHeadingStyles headingStyles)
{
    private const string CellSeparator = " | ";

    public IReadOnlyList<DocumentLine> Read(Body body)
    {
        var lines = new List<DocumentLine>();
        ReadBlocks(body, lines);
        return lines;
    }

    private void ReadBlocks(OpenXmlElement container, List<DocumentLine> lines)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    lines.Add(ReadParagraph(paragraph));
                    break;
                case Table table:
                    lines.AddRange(RowsOf(table).Select(RowText).Where(row => row.Length > 0).Select(DocumentLine.Paragraph));
                    break;
                case SectionProperties or AlternateContentFallback:
                    break;
                default:
                    // Content controls and custom XML wrap paragraphs and tables.
                    ReadBlocks(child, lines);
                    break;
            }
        }
    }

    private DocumentLine ReadParagraph(Paragraph paragraph)
    {
        var text = TextOf(paragraph);
        return headingStyles.LevelOf(paragraph) is int level && text.Trim().Length > 0
            ? DocumentLine.Heading(text, level)
            : DocumentLine.Paragraph(text);
    }

    private static IEnumerable<TableRow> RowsOf(Table table) =>
        table.Descendants<TableRow>().Where(row => row.Ancestors<Table>().First() == table);

    private static string RowText(TableRow row)
    {
        var cells = row.Descendants<TableCell>()
            .Where(cell => cell.Ancestors<TableRow>().First() == row)
            .Select(CellText)
            .ToList();
        return cells.All(cell => cell.Length == 0) ? "" : string.Join(CellSeparator, cells);
    }

    private static string CellText(TableCell cell) =>
        SectionText.NormaliseLine(string.Join(' ', cell.Descendants<Paragraph>().Select(TextOf)));

    private static string TextOf(OpenXmlElement element)
    {
        var text = new StringBuilder();
        AppendText(element, text);
        return text.ToString();
    }

    private static void AppendText(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text run:
                    text.Append(run.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case ParagraphProperties or RunProperties or AlternateContentFallback:
                    // Properties hold no visible text; a fallback repeats what its choice already shows.
                    break;
                default:
                    AppendText(child, text);
                    break;
            }
        }
    }
}
