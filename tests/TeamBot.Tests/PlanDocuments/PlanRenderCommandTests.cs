using DocumentFormat.OpenXml.Packaging;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.PlanDocuments;

public sealed class PlanRenderCommandTests
{
    private static readonly string JeugdPlan = PlanDocumentTestHost.ShippedPlan("uitvoeringsplan-jeugd-2021.yaml");

    [Fact]
    public async Task Plan_render_writes_the_docx_to_out_and_says_where()
    {
        using var folder = new TempDirectory();
        var output = folder.File("plan/jeugd 2021.docx");

        var result = await TeamBotProcess.RunAsync("plan", "render", "--plan", JeugdPlan, "--template", "uitvoeringsplan-jeugd", "--out", output, "--data", folder.File("data"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal($"Document geschreven: {output}", result.Output.Trim());
        using var document = WordprocessingDocument.Open(output, false);
        Assert.Contains("Beheersen en afnemen van Jeugdhulp", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public async Task Plan_render_upload_stores_the_document_in_the_local_document_folder_and_prints_its_webUrl()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("plan", "render", "--plan", JeugdPlan, "--template", "uitvoeringsplan-jeugd", "--out", folder.File("uit.docx"), "--upload", "--data", folder.File("data"));

        Assert.True(result.ExitCode == 0, result.Error);
        var stored = Path.Combine(folder.File("data"), "documenten", "uit.docx");
        Assert.True(File.Exists(stored));
        Assert.Contains($"Opgeslagen: {new Uri(stored).AbsoluteUri}", result.Output);
    }

    [Fact]
    public async Task Plan_render_pdf_makes_a_PDF_beside_the_docx_with_LibreOffice()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("plan", "render", "--plan", PlanDocumentTestHost.ShippedPlan("uitvoeringsplan-wmo-2023.yaml"), "--template", "uitvoeringsplan-wmo", "--out", folder.File("wmo.docx"), "--pdf", "--data", folder.File("data"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"PDF geschreven: {folder.File("wmo.pdf")}", result.Output);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(folder.File("wmo.pdf")), 0, 4));
    }

    [Fact]
    public async Task Plan_render_with_bad_input_exits_2_with_every_located_problem_in_Dutch_and_writes_nothing()
    {
        using var folder = new TempDirectory();
        var plan = folder.File("fout.yaml");
        await File.WriteAllTextAsync(plan, "jaar: 2021\nregio: Zuid-Limburg\nhoofdprocessen:\n  - naam: Inkopen\n    acties:\n      - actie: Aanbesteden\n        gereed: Q5 2021\n");

        var result = await TeamBotProcess.RunAsync("plan", "render", "--plan", plan, "--template", "onbekend", "--out", folder.File("uit.docx"), "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Het document kan niet gemaakt worden: 2 problemen gevonden.", result.Error);
        Assert.Contains("- fout.yaml, regel 7, kolom 17 (hoofdprocessen[0].acties[0].gereed): 'Q5 2021' is geen kwartaal", result.Error);
        Assert.Contains("- Het sjabloon 'onbekend' bestaat niet. Beschikbare sjablonen: evaluatie, uitvoeringsplan-jeugd, uitvoeringsplan-wmo.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.False(File.Exists(folder.File("uit.docx")));
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Plan_render_of_a_missing_plan_file_says_so()
    {
        using var folder = new TempDirectory();

        var result = await TeamBotProcess.RunAsync("plan", "render", "--plan", folder.File("weg.yaml"), "--template", "evaluatie", "--out", folder.File("uit.docx"), "--data", folder.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"weg.yaml: Het bestand '{folder.File("weg.yaml")}' bestaat niet.", result.Error);
    }
}
