using TeamBot.Core.ContractDocuments;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TeamBot.Tests.ContractDocuments;

public sealed class PdfSectionSplitterTests
{
    private readonly PdfSectionSplitter _splitter = new();

    [Fact]
    public void Larger_bold_and_numbered_lines_are_headings_over_two_pages_and_the_largest_text_on_page_1_is_the_title()
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var first = builder.AddPage(PageSize.A4);
        first.AddText("Toekenningsinstructie Jeugd", 20, new PdfPoint(50, 780), regular);
        first.AddText("1. Aanvraag", 14, new PdfPoint(50, 740), regular);
        first.AddText("De toegang beoordeelt de aanvraag binnen", 10, new PdfPoint(50, 720), regular);
        first.AddText("acht weken na ontvangst.", 10, new PdfPoint(50, 708), regular);
        first.AddText("Termijnen", 10, new PdfPoint(50, 680), bold);
        first.AddText("Spoed binnen vijf werkdagen.", 10, new PdfPoint(50, 665), regular);
        first.AddText("1", 9, new PdfPoint(300, 30), regular);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("2. Toekenning", 14, new PdfPoint(50, 780), regular);
        second.AddText("De beschikking vermeldt het product.", 10, new PdfPoint(50, 760), regular);
        second.AddText("2", 9, new PdfPoint(300, 30), regular);

        var document = _splitter.Split("toekenning.pdf", builder.Build());

        Assert.Equal("Toekenningsinstructie Jeugd", document.Title);
        Assert.Equal(
            [
                new DocumentSection(0, "1. Aanvraag", 1, "1. Aanvraag", "De toegang beoordeelt de aanvraag binnen acht weken na ontvangst."),
                new DocumentSection(1, "Termijnen", 2, "1. Aanvraag > Termijnen", "Spoed binnen vijf werkdagen."),
                new DocumentSection(2, "2. Toekenning", 1, "2. Toekenning", "De beschikking vermeldt het product."),
            ],
            document.Sections);
    }

    [Fact]
    public void The_declared_title_wins_and_text_above_the_first_heading_is_a_level_0_section()
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = "Declaratieprotocol Wmo";
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Versie 2025, vastgesteld door de regio.", 10, new PdfPoint(50, 790), font);
        page.AddText("Inleiding", 16, new PdfPoint(50, 750), font);
        page.AddText("Dit protocol beschrijft het declareren.", 10, new PdfPoint(50, 730), font);
        page.AddText("Artikel 1 Declaratietermijn", 12, new PdfPoint(50, 690), font);
        page.AddText("Declareer binnen acht weken.", 10, new PdfPoint(50, 672), font);

        var document = _splitter.Split("protocol.pdf", builder.Build());

        Assert.Equal("Declaratieprotocol Wmo", document.Title);
        Assert.Equal(
            [
                new DocumentSection(0, "Declaratieprotocol Wmo", 0, "Declaratieprotocol Wmo", "Versie 2025, vastgesteld door de regio."),
                new DocumentSection(1, "Inleiding", 1, "Inleiding", "Dit protocol beschrijft het declareren."),
                new DocumentSection(2, "Artikel 1 Declaratietermijn", 1, "Artikel 1 Declaratietermijn", "Declareer binnen acht weken."),
            ],
            document.Sections);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_reported_in_dutch()
    {
        var exception = Assert.Throws<DocumentReadException>(() => _splitter.Split("nep.pdf", "dit is geen pdf"u8.ToArray()));

        Assert.Equal("Het bestand is geen geldige pdf of is beschadigd. Maak de pdf opnieuw aan.", exception.Message);
    }
}
