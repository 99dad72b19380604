using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamBot.Tests.PlanDocuments;

/// <summary>
/// The shipped templates as a reader sees them: rendered with their sample plans, opened and printed to PDF by
/// LibreOffice, then read back. Pages and PDFs stay in artifacts/documents/ to look at.
/// </summary>
[Collection(RenderedSamples.Collection)]
public sealed class ShippedTemplatePdfTests(RenderedSamples samples)
{
    private static readonly string[] JeugdProcesses =
    [
        "Beleidsvorming", "Verwerven jeugdhulp en zorg afnemen", "Beheersen en afnemen van Jeugdhulp", "Samenwerking en communicatie",
        "Ondersteunende processen", "Informatiemanagement", "Ontwikkelen en innoveren",
    ];

    [Theory]
    [InlineData("uitvoeringsplan-jeugd", 10)]
    [InlineData("uitvoeringsplan-wmo", 5)]
    [InlineData("evaluatie", 10)]
    public void Each_sample_opens_in_LibreOffice_with_a_title_page_a_running_header_and_numbered_pages(string template, int atLeastPages)
    {
        var sample = samples[template];

        Assert.True(sample.Pages >= atLeastPages, $"{template}: {sample.Pages} pages");
        Assert.Contains($"Pagina 2 van {sample.Pages}", sample.Text);
        Assert.DoesNotContain("{{", sample.Text);
        Assert.DoesNotContain("}}", sample.Text);
        Assert.True(File.Exists(Path.Combine(PdfTools.ArtifactsFolder, $"{template}-{(sample.Pages >= 10 ? "01" : "1")}.png")));
    }

    [Fact]
    public void The_jeugd_plan_has_the_chapters_of_seed_000_and_the_seven_hoofdprocessen()
    {
        var sample = samples["uitvoeringsplan-jeugd"];

        Assert.Contains("Uitvoeringsplan 2021 · Zuid-Limburg", sample.Text);
        foreach (var heading in new[] { "Uitvoeringsplan 2021", "Toelichting", "Speerpunten", "Indeling", "Algemeen", "SLA-doelen en scores", "Formatie Inkoopteam Sociaal Domein", "Uitvoeringskosten" })
            sample.HasHeading(heading);
        foreach (var process in JeugdProcesses) sample.HasHeading(process);
        Assert.Contains("Versie: 1", sample.Text);
        Assert.Contains("Voor 2021 zal de nadruk liggen op:", sample.Text);
    }

    [Fact]
    public void The_jeugd_cost_tables_show_seed_002s_amounts_per_gemeente_in_Dutch_notation()
    {
        var sample = samples["uitvoeringsplan-jeugd"];

        sample.HasHeading("Uitvoeringskosten per gemeente 2021");
        sample.HasRow("Beek", "€ 37.406", "€ 16.160", "€ 15.202", "€ 12.688", "€ 81.456");
        sample.HasRow("Maastricht", "€ 37.406", "€ 105.635", "€ 131.730", "€ 120.179", "€ 394.950");
        sample.HasRow("Totaal", "€ 598.500", "€ 598.500", "€ 598.500", "€ 598.500", "€ 2.394.000");
        sample.HasHeading("Dekking kosten regio-samenwerking Zuid-Limburg 2021");
        sample.HasRow("Beek", "€ 2.339.122", "1,97%", "€ 15.124,73", "€ 27.584,03", "1,18%");
        sample.HasRow("Heerlen", "€ 24.280.172", "20,48%", "€ 156.995,22", "€ 286.323,24", "1,18%");
    }

    [Fact]
    public void The_jeugd_acties_tables_print_SLA_scores_and_work_outside_the_SLA_bold_italic()
    {
        var sample = samples["uitvoeringsplan-jeugd"];

        Assert.Matches(@"Acties\s+Toelichting\s+Gereed", sample.Text);
        Assert.Matches(@"6,7 tevredenheidsonderzoek 2019\s+2022", sample.Text);
        Assert.Contains("BoldItalic", sample.Fonts);
        var run = RunsReading(sample.Docx, "Doorontwikkelen stuurinformatie").Single();
        Assert.True(run.RunProperties?.Bold is not null && run.RunProperties.Italic is not null, "the actie outside the SLA is bold italic");
        var emphasised = RunsReading(sample.Docx, "Implementatie procesbeschrijvingen").Single();
        Assert.True(emphasised.RunProperties?.Bold is not null && emphasised.RunProperties.Italic is null, "a vet row is bold only");
    }

    [Fact]
    public void The_wmo_plan_has_numbered_chapters_and_seed_003s_kosten_uren_table()
    {
        var sample = samples["uitvoeringsplan-wmo"];

        foreach (var heading in new[] { "Inleiding", "1. Beleidsvorming Inkoop", "2. Werkzaamheden Inkoop", "3. Contractmanagement", "4. Uitvoeringskosten" })
            sample.HasHeading(heading);
        Assert.Matches(@"Kosten\s+Uren\s+Taken team inkoop sociaal domein 2023", sample.Text);
        Assert.Matches(@"Eijsden-Margraten\s+€ 31\.081\s+285\s+Contractmanagement: BGG-ZIN ouderen", sample.Text);
        Assert.Matches(@"Maastricht\s+€ 147\.258\s+1\.348\s+Contractmanagement", sample.Text);
        Assert.Matches(@"Vaals\s+€ 12\.226\s+112\s+Contractmanagement: BGG-ZIN regulier en BGI-ZIN", sample.Text);
        Assert.Matches(@"(?m)^\s*Totaal\s+€ 250\.694\d?\s+2\.296\s*$", sample.Text);
    }

    [Fact]
    public void The_evaluation_lists_the_acties_with_their_stand_van_zaken_and_the_formatie_shortfall()
    {
        var sample = samples["evaluatie"];

        Assert.Contains("Evaluatie uitvoeringsplan 2019 · Zuid-Limburg", sample.Text);
        Assert.Matches(@"Acties\s+Stand van zaken\s+Gereed", sample.Text);
        foreach (var process in JeugdProcesses) sample.HasHeading(process);
        Assert.Matches(@"Jaarlijks evalueren en bijstellen\s+De eerste helft van 2019 is in september geëvalueerd", sample.Text);
        Assert.Matches(@"zorgdragen voor kwalitatief goede en\s+6,7 tevredenheidsonderzoek", sample.Text);
        sample.HasRow("Vragen van toegang/aanbieders", "1.500");
        sample.HasRow("Totaal tekort 2019", "7.550", "2,9");
    }

    private static List<Run> RunsReading(byte[] docx, string text)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Run>()
            .Where(run => run.InnerText == text)
            .Select(run => (Run)run.CloneNode(true))
            .ToList();
    }
}
