using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamBot.Tests.Documents;

/// <summary>A template document built in the test, saved as .docx or Flat OPC.</summary>
internal sealed class WordTemplate(params OpenXmlElement[] body)
{
    public Paragraph[] Header { get; init; } = [];

    public Paragraph[] Footer { get; init; } = [];

    /// <summary>The text of footnote 1, referenced from the end of the body.</summary>
    public Paragraph[] Footnote { get; init; } = [];

    public string? Title { get; init; }

    /// <summary>A numbering part with list 1 (decimal, "1.") for paragraphs that carry numId 1.</summary>
    public bool Numbering { get; init; }

    public byte[] ToDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            Fill(document);
        }
        return stream.ToArray();
    }

    public byte[] ToFlatOpc()
    {
        using var stream = new MemoryStream();
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        Fill(document);
        document.Save();
        return Encoding.UTF8.GetBytes(document.ToFlatOpcString());
    }

    private void Fill(WordprocessingDocument document)
    {
        var main = document.AddMainDocumentPart();
        AddHeadingStyle(main);
        var content = new Body(body.Select(element => element.CloneNode(true)));
        if (Footnote.Length > 0) AddFootnote(main, content);
        if (Numbering) AddNumbering(main);
        var section = new SectionProperties();
        if (Header.Length > 0) section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = AddHeader(main) });
        if (Footer.Length > 0) section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = AddFooter(main) });
        content.Append(section);
        main.Document = new Document(content);
        if (Title is not null) document.PackageProperties.Title = Title;
    }

    /// <summary>Dutch Word stores "Kop 1" with id Kop1 and the built-in name "heading 1".</summary>
    private static void AddHeadingStyle(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Kop1" });
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering(
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }

    private string AddHeader(MainDocumentPart main)
    {
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(Header.Select(paragraph => paragraph.CloneNode(true)));
        return main.GetIdOfPart(part);
    }

    private string AddFooter(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(Footer.Select(paragraph => paragraph.CloneNode(true)));
        return main.GetIdOfPart(part);
    }

    private void AddFootnote(MainDocumentPart main, Body content)
    {
        var part = main.AddNewPart<FootnotesPart>();
        part.Footnotes = new Footnotes(
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(Footnote.Select(paragraph => paragraph.CloneNode(true))) { Id = 1 });
        content.Append(new Paragraph(new Run(new Text("Voetnoot hier")), new Run(new FootnoteReference { Id = 1 })));
    }
}
