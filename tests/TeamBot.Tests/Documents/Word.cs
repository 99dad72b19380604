using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamBot.Tests.Documents;

/// <summary>Terse builders for the WordprocessingML a Word user's typing produces.</summary>
internal static class Word
{
    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    public static Paragraph P(string text) => new(R(text));

    public static Run R(string text, bool bold = false)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A spell-check marker as Word puts around a word it does not know.</summary>
    public static ProofError Proof(bool start = true) =>
        new() { Type = start ? ProofingErrorValues.SpellStart : ProofingErrorValues.SpellEnd };

    public static InsertedRun Inserted(string text) => new(R(text)) { Id = "90", Author = "Redacteur", Date = new DateTime(2026, 1, 5) };

    public static DeletedRun Deleted(string text) =>
        new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = "91", Author = "Redacteur", Date = new DateTime(2026, 1, 5) };

    public static Paragraph Heading(string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = "Kop1" }), R(text));

    public static Table Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }), new TableGrid());
        var columns = rows.Max(row => row.Elements<TableCell>().Count());
        for (var i = 0; i < columns; i++) table.GetFirstChild<TableGrid>()!.Append(new GridColumn { Width = "2000" });
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableRow Row(params string[] cells) => new(cells.Select(Cell));

    public static TableCell Cell(string text) => new(P(text));

    public static TableCell Cell(params Paragraph[] paragraphs) => new(paragraphs);
}
