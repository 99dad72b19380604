using DocumentFormat.OpenXml.Packaging;
using TeamBot.Tests.Plans;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.PlanDocuments;

public sealed class PlanImageTests
{
    private static string PlanWith(string image) => $"""
        jaar: 2023
        regio: Maastricht-Heuvelland
        toelichting:
          - Het schema hieronder.
          - afbeelding: {image}
            bijschrift: Het schema
        """;

    [Fact]
    public async Task An_image_beside_the_plan_file_is_placed_in_the_document()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("afbeeldingen"));
        File.Copy(PlanTestData.ShippedPlan("afbeeldingen/contractmanagement-schema.png"), folder.File("afbeeldingen/schema.png"));
        await File.WriteAllTextAsync(folder.File("plan.yaml"), PlanWith("afbeeldingen/schema.png"));
        await using var host = await PlanDocumentTestHost.StartAsync();

        var result = await host.Documents.RenderFileAsync(folder.File("plan.yaml"), "uitvoeringsplan-wmo");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Document!), false);
        Assert.Single(document.MainDocumentPart!.ImageParts);
        Assert.Contains("Het schema", document.MainDocumentPart.Document.Body!.InnerText);
    }

    [Fact]
    public async Task A_missing_image_is_a_problem_at_its_line_and_field()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("plan.yaml"), PlanWith("ontbreekt.png"));
        await using var host = await PlanDocumentTestHost.StartAsync();

        var result = await host.Documents.RenderFileAsync(folder.File("plan.yaml"), "uitvoeringsplan-wmo");

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("plan.yaml, regel 5, kolom 17 (toelichting[1].afbeelding): De afbeelding 'ontbreekt.png' bestaat niet", problem);
    }

    [Fact]
    public async Task A_file_that_is_no_image_is_a_problem()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("nep.png"), "geen afbeelding");
        await File.WriteAllTextAsync(folder.File("plan.yaml"), PlanWith("nep.png"));
        await using var host = await PlanDocumentTestHost.StartAsync();

        var result = await host.Documents.RenderFileAsync(folder.File("plan.yaml"), "uitvoeringsplan-wmo");

        Assert.Contains("(toelichting[1].afbeelding): 'nep.png': Dit is geen PNG- of JPEG-afbeelding", Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("../buiten.png", "gaat buiten de map van het plan")]
    [InlineData("/etc/schema.png", "is een volledig pad")]
    [InlineData("schema.gif", "geen .png, .jpg of .jpeg")]
    public void A_path_outside_the_plan_folder_or_of_another_kind_is_refused_when_read(string path, string expected)
    {
        var problem = Assert.Single(PlanTestData.LoadProblems(PlanWith(path)));

        Assert.Equal((5, 17, "toelichting[1].afbeelding"), (problem.Line, problem.Column, problem.Field));
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public async Task Plan_text_sent_without_a_file_reads_images_from_the_stored_plans_folder_only()
    {
        await using var host = await PlanDocumentTestHost.StartAsync();

        var missing = await host.Documents.RenderAsync(PlanWith("schema.png"), "plan.yaml", "uitvoeringsplan-wmo");
        var stored = await host.Documents.RenderAsync(PlanWith("afbeeldingen/contractmanagement-schema.png"), "plan.yaml", "uitvoeringsplan-wmo");
        var outside = await host.Documents.RenderAsync(PlanWith("../documents/uitvoeringsplan-wmo.docx"), "plan.yaml", "uitvoeringsplan-wmo");

        Assert.Contains("schema.png", Assert.Single(missing.Problems).ToString());
        Assert.True(stored.Succeeded, string.Join("; ", stored.Problems));
        Assert.False(outside.Succeeded);
    }
}
