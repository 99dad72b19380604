using System.Text;
using TeamBot.Core.ContractDocuments;

namespace TeamBot.Tests.ContractDocuments;

public sealed class PlainTextSectionSplitterTests
{
    private readonly PlainTextSectionSplitter _splitter = new();

    [Fact]
    public void Numbered_headings_nest_by_their_numbering_and_a_short_first_line_is_the_title()
    {
        const string text = """
            DIENSTVERLENINGSOVEREENKOMST WMO
            ================================

            Deze overeenkomst geldt voor de regio
            Maastricht-Heuvelland.

            1. Looptijd
            De looptijd is vier jaar voor de
            16 Zuid-Limburgse gemeenten samen
            en gaat in op 1 januari.

            1.1 Verlenging
            Verlenging is mogelijk:
            - met twee jaar;
            - daarna met   één jaar.

            Artikel 2 Tarieven
            Tarieven worden jaarlijks
            geïndexeerd.

            Deze zin loopt door.

            BIJLAGEN
            Zie de productcatalogus.
            """;

        var document = _splitter.Split("dvo-wmo.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal("DIENSTVERLENINGSOVEREENKOMST WMO", document.Title);
        Assert.Equal(
            [
                new DocumentSection(0, "DIENSTVERLENINGSOVEREENKOMST WMO", 0, "DIENSTVERLENINGSOVEREENKOMST WMO",
                    "Deze overeenkomst geldt voor de regio Maastricht-Heuvelland."),
                new DocumentSection(1, "1. Looptijd", 1, "1. Looptijd",
                    "De looptijd is vier jaar voor de 16 Zuid-Limburgse gemeenten samen en gaat in op 1 januari."),
                new DocumentSection(2, "1.1 Verlenging", 2, "1. Looptijd > 1.1 Verlenging",
                    "Verlenging is mogelijk:\n- met twee jaar;\n- daarna met één jaar."),
                new DocumentSection(3, "Artikel 2 Tarieven", 1, "Artikel 2 Tarieven",
                    "Tarieven worden jaarlijks geïndexeerd.\nDeze zin loopt door."),
                new DocumentSection(4, "BIJLAGEN", 1, "BIJLAGEN", "Zie de productcatalogus."),
            ],
            document.Sections);
    }

    [Fact]
    public void Articles_sit_below_chapters_appendices_beside_them_and_headings_without_text_are_no_sections()
    {
        const string text = """
            Hoofdstuk 1 Algemeen
            Artikel 1 Begrippen
            In dit protocol wordt verstaan onder declaratie: een rekening.
            Artikel 2 Declareren
            Declareren gebeurt maandelijks.
            Artikel 3 Vervallen
            Hoofdstuk 2 Controle
            2.1 Steekproef
            Er wordt jaarlijks een steekproef gehouden.
            Bijlage 1 Productcodes
            45A01 Jeugdhulp ambulant.
            """;

        var document = _splitter.Split("protocollen/declaratieprotocol_jeugd.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal("Declaratieprotocol jeugd", document.Title);
        Assert.Equal(
            [
                new DocumentSection(0, "Artikel 1 Begrippen", 2, "Hoofdstuk 1 Algemeen > Artikel 1 Begrippen",
                    "In dit protocol wordt verstaan onder declaratie: een rekening."),
                new DocumentSection(1, "Artikel 2 Declareren", 2, "Hoofdstuk 1 Algemeen > Artikel 2 Declareren",
                    "Declareren gebeurt maandelijks."),
                new DocumentSection(2, "2.1 Steekproef", 3, "Hoofdstuk 2 Controle > 2.1 Steekproef",
                    "Er wordt jaarlijks een steekproef gehouden."),
                new DocumentSection(3, "Bijlage 1 Productcodes", 1, "Bijlage 1 Productcodes", "45A01 Jeugdhulp ambulant."),
            ],
            document.Sections);
    }

    [Fact]
    public void Lines_underlined_with_dashes_are_second_level_headings()
    {
        const string text = "Toegang\n=======\nInleiding.\n\nAanmelden\n---------\nBel de toegang.\n";

        var document = _splitter.Split("toegang.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(
            [
                new DocumentSection(0, "Toegang", 0, "Toegang", "Inleiding."),
                new DocumentSection(1, "Aanmelden", 2, "Aanmelden", "Bel de toegang."),
            ],
            document.Sections);
    }

    [Fact]
    public void Lines_with_tabs_are_table_rows_with_cells_separated_by_bars()
    {
        const string text = "Tarieven\n\nProduct\tEenheid\tTarief\nAmbulant\tuur\t85,00\nVervoer\t\t12,00\nDaarna tekst.\n";

        var document = _splitter.Split("tarieven.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal("Product | Eenheid | Tarief\nAmbulant | uur | 85,00\nVervoer | | 12,00\nDaarna tekst.", Assert.Single(document.Sections).Text);
    }

    [Fact]
    public void Text_saved_as_windows_1252_keeps_its_accents()
    {
        var ansi = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Tarieven\n\nWordt geïndexeerd met € 1,50.");

        var document = _splitter.Split("tarieven.txt", ansi);

        Assert.Equal("Wordt geïndexeerd met € 1,50.", Assert.Single(document.Sections).Text);
    }
}
