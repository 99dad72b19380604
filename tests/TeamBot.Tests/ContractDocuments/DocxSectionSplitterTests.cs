using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamBot.Core.ContractDocuments;

namespace TeamBot.Tests.ContractDocuments;

public sealed class DocxSectionSplitterTests
{
    private readonly DocxSectionSplitter _splitter = new();

    [Fact]
    public void Heading_styles_by_id_by_dutch_name_by_base_style_and_by_outline_level_split_the_document_and_tables_are_read_by_row()
    {
        var docx = WordDocument(
            title: null,
            StyledParagraph("Title", "Toekenningsinstructie Jeugd"),
            Paragraph("Deze instructie is voor toegangsmedewerkers."),
            StyledParagraph("Heading1", "Aanvraag"),
            Paragraph("De toegang legt de aanvraag vast."),
            StyledParagraph("Inkoopkop", "Termijnen"),
            new Paragraph(new Run(new Text("Binnen"), new TabChar(), new Text("acht weken"), new Break(), new Text("beslist de gemeente."))),
            Table(["Product", "Termijn"], ["", ""], ["Jeugdhulp  ambulant", "6 weken"]),
            Paragraph("Na de tabel."),
            StyledParagraph("Artikelkop", "Toekenning"),
            new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 1 }), new Run(new Text("Beschikking"))),
            Paragraph("De beschikking vermeldt het product."),
            StyledParagraph("Bijlagekop", "Bezwaar"),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }, new OutlineLevel { Val = 9 }), new Run(new Text("Geen kop: overzichtsniveau platte tekst."))));

        var document = _splitter.Split("toekenningsinstructie.docx", docx);

        Assert.Equal("Toekenningsinstructie Jeugd", document.Title);
        Assert.Equal(
            [
                new DocumentSection(0, "Toekenningsinstructie Jeugd", 0, "Toekenningsinstructie Jeugd", "Deze instructie is voor toegangsmedewerkers."),
                new DocumentSection(1, "Aanvraag", 1, "Aanvraag", "De toegang legt de aanvraag vast."),
                new DocumentSection(2, "Termijnen", 2, "Aanvraag > Termijnen",
                    "Binnen acht weken\nbeslist de gemeente.\nProduct | Termijn\nJeugdhulp ambulant | 6 weken\nNa de tabel."),
                new DocumentSection(3, "Beschikking", 2, "Toekenning > Beschikking", "De beschikking vermeldt het product."),
                new DocumentSection(4, "Bezwaar", 1, "Bezwaar", "Geen kop: overzichtsniveau platte tekst."),
            ],
            document.Sections);
    }

    [Fact]
    public void The_title_comes_from_the_document_properties_and_kop_style_ids_need_no_style_definition()
    {
        var docx = WordDocument(
            title: "DVO Jeugd 2025",
            StyledParagraph("Kop1", "Looptijd"),
            StyledParagraph("Kop2", "Verlenging"),
            Paragraph("Twee keer een jaar."));

        var document = _splitter.Split("dvo.docx", docx);

        Assert.Equal("DVO Jeugd 2025", document.Title);
        Assert.Equal([new DocumentSection(0, "Verlenging", 2, "Looptijd > Verlenging", "Twee keer een jaar.")], document.Sections);
    }

    [Fact]
    public void Without_a_title_property_or_title_paragraph_the_first_heading_is_the_title()
    {
        var docx = WordDocument(title: null, StyledParagraph("Heading1", "Declaratieprotocol"), Paragraph("Maandelijks declareren."));

        Assert.Equal("Declaratieprotocol", _splitter.Split("protocol.docx", docx).Title);
    }

    [Fact]
    public void A_damaged_docx_is_reported_in_dutch()
    {
        var exception = Assert.Throws<DocumentReadException>(() => _splitter.Split("kapot.docx", "PK\u0003\u0004 geen zip"u8.ToArray()));

        Assert.StartsWith("Het bestand is geen geldig Word-document (.docx)", exception.Message);
    }

    private static byte[] WordDocument(string? title, params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var mainPart = document.AddMainDocumentPart();
            mainPart.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                ParagraphStyle("Normal", "Normal", isDefault: true),
                ParagraphStyle("Title", "Title"),
                ParagraphStyle("Heading1", "heading 1"),
                ParagraphStyle("Inkoopkop", "Kop 2"),
                ParagraphStyle("Artikelkop", "Artikelkop", outlineLevel: 0),
                ParagraphStyle("Bijlagekop", "Bijlagekop", basedOn: "Heading1"));
            mainPart.Document = new Document(new Body(body));
            if (title is not null) document.PackageProperties.Title = title;
        }

        return stream.ToArray();
    }

    private static Style ParagraphStyle(string id, string name, bool isDefault = false, int? outlineLevel = null, string? basedOn = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (outlineLevel is not null) style.Append(new StyleParagraphProperties(new OutlineLevel { Val = outlineLevel }));
        return style;
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph StyledParagraph(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    private static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell => new TableCell(Paragraph(cell))))));
}
