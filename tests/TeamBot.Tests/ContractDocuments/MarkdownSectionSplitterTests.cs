using System.Text;
using TeamBot.Core.ContractDocuments;

namespace TeamBot.Tests.ContractDocuments;

public sealed class MarkdownSectionSplitterTests
{
    private readonly MarkdownSectionSplitter _splitter = new();

    [Fact]
    public void Nested_headings_become_paths_below_the_single_level_1_title_and_headings_inside_a_code_fence_stay_text()
    {
        const string markdown = """
            # DVO Jeugd 2025

            Deze overeenkomst regelt de **dienstverlening** tussen de [gemeente](https://example.nl/gemeente)
            en de _aanbieder_.

            ## 1 Looptijd

            ### 1.1 Ingangsdatum

            De overeenkomst gaat in op *1 januari 2025*.

            ### 1.2 Verlenging ###

            Verlenging kan twee keer:

            * met één jaar
            * met nog   een jaar

            ```text
            # Geen kop
            code_regel
            ```

            Tarieven
            --------

            | Product | Tarief |
            |---------|-------:|
            | Ambulant | `€ 85,00` |
            """;

        var document = _splitter.Split("dvo-jeugd.md", Encoding.UTF8.GetBytes(markdown));

        Assert.Equal("DVO Jeugd 2025", document.Title);
        Assert.Equal(
            [
                new DocumentSection(0, "DVO Jeugd 2025", 0, "DVO Jeugd 2025",
                    "Deze overeenkomst regelt de dienstverlening tussen de gemeente en de aanbieder."),
                new DocumentSection(1, "1.1 Ingangsdatum", 3, "1 Looptijd > 1.1 Ingangsdatum",
                    "De overeenkomst gaat in op 1 januari 2025."),
                new DocumentSection(2, "1.2 Verlenging", 3, "1 Looptijd > 1.2 Verlenging",
                    "Verlenging kan twee keer:\n- met één jaar\n- met nog een jaar\n# Geen kop\ncode_regel"),
                new DocumentSection(3, "Tarieven", 2, "Tarieven",
                    "Product | Tarief\nAmbulant | € 85,00"),
            ],
            document.Sections);
    }

    [Fact]
    public void Several_level_1_headings_are_chapters_and_the_first_one_names_the_document()
    {
        const string markdown = """
            Deze instructie is voor toegangsmedewerkers.

            Aanvraag
            ========

            Bel de toegang.

            # Toekenning

            Beschikking volgt.
            """;

        var document = _splitter.Split("instructie.md", Encoding.UTF8.GetBytes(markdown));

        Assert.Equal("Aanvraag", document.Title);
        Assert.Equal(
            [
                new DocumentSection(0, "Aanvraag", 0, "Aanvraag", "Deze instructie is voor toegangsmedewerkers."),
                new DocumentSection(1, "Aanvraag", 1, "Aanvraag", "Bel de toegang."),
                new DocumentSection(2, "Toekenning", 1, "Toekenning", "Beschikking volgt."),
            ],
            document.Sections);
    }

    [Fact]
    public void Without_a_level_1_heading_the_title_is_the_file_name_in_words()
    {
        var document = _splitter.Split("instructies/toekennings-instructie_wmo.md", Encoding.UTF8.GetBytes("Inleiding.\n\n## Aanvraag\n\nTekst."));

        Assert.Equal("Toekennings instructie wmo", document.Title);
        Assert.Equal(
            [
                new DocumentSection(0, "Toekennings instructie wmo", 0, "Toekennings instructie wmo", "Inleiding."),
                new DocumentSection(1, "Aanvraag", 2, "Aanvraag", "Tekst."),
            ],
            document.Sections);
    }

    [Theory]
    [InlineData(@"Zie \*niet cursief\* en bestand_naam_v2.docx.", "Zie *niet cursief* en bestand_naam_v2.docx.")]
    [InlineData("Mail <inkoop@example.nl> of kijk op <https://example.nl>.", "Mail inkoop@example.nl of kijk op https://example.nl.")]
    [InlineData("Een ![logo](logo.png) en een [verwijzing][1].", "Een logo en een verwijzing.")]
    [InlineData("Code `a * b * c` blijft, ~~oud~~ wordt tekst, ***heel*** en __vet__ ook.", "Code a * b * c blijft, oud wordt tekst, heel en vet ook.")]
    [InlineData("Regel<br>met html <!-- en commentaar --> erin, <b>vet</b> en het 4<sup>e</sup> kwartaal.", "Regel met html erin, vet en het 4e kwartaal.")]
    [InlineData("<b>Acties</b>\t<b>Toelichting</b>\t\tGereed", "Acties | Toelichting | | Gereed")]
    public void Simple_markdown_is_stripped_from_section_text(string paragraph, string expected)
    {
        var document = _splitter.Split("test.md", Encoding.UTF8.GetBytes($"# Titel\n\n{paragraph}\n\n[1]: https://example.nl\n"));

        Assert.Equal(expected, Assert.Single(document.Sections).Text);
    }

    [Fact]
    public void Front_matter_and_thematic_breaks_are_not_text()
    {
        const string markdown = """
            ---
            titel: niet dit
            ---
            # Protocol

            Boven.

            ***

            Onder.
            """;

        var document = _splitter.Split("protocol.md", Encoding.UTF8.GetBytes(markdown));

        Assert.Equal(new DocumentSection(0, "Protocol", 0, "Protocol", "Boven.\nOnder."), Assert.Single(document.Sections));
    }
}
