using DocumentFormat.OpenXml.Wordprocessing;
using TeamBot.Tests.Documents;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.PlanDocuments;

/// <summary>
/// Templates as their authors' programs save them, not as a test builds them: one written in LibreOffice Writer and saved
/// as .docx, and one typed in Word with the runs, spell-check marks, bookmarks, revisions and AutoCorrect that typing leaves.
/// How they were made: AuthoredTemplates/README.md.
/// </summary>
public sealed class AuthoredTemplateTests
{
    private const string WordTemplate = "word-met-gesplitste-tags.xml";
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "PlanDocuments", "AuthoredTemplates");

    [Fact]
    public async Task A_template_written_in_LibreOffice_renders_a_plan_with_its_formatting()
    {
        var result = await RenderAsync("libreoffice-sjabloon.docx", File.ReadAllBytes(Path.Combine(Folder, "libreoffice-sjabloon.docx")));

        using var document = Rendered(result);
        Assert.Equal(
            [
                "Uitvoeringsplan 2026",
                "Regio Maastricht-Heuvelland, jaar 2026; vorig jaar 2025.",
                "Contractmanagement",
                "[tabel]",
                "Kosten: Eijsden-Margraten € 167, Gulpen-Wittem € 167, Maastricht € 167, Meerssen € 167, Vaals € 166, Valkenburg aan de Geul € 166.",
            ],
            document.BodyTexts());
        Assert.Equal([["Actie", "Gereed"], ["Periodieke gesprekken", "Doorlopend"], ["Vragen van toegangen beantwoorden", "nog te bepalen"]], document.TableCells());
        Assert.NotNull(RunWith(document, "Maastricht-Heuvelland").RunProperties?.Bold);
        Assert.NotNull(RunWith(document, "Periodieke gesprekken").RunProperties?.Italic);
    }

    [Fact]
    public async Task A_template_typed_in_Word_reports_its_one_misspelled_field_at_its_place_with_a_suggestion()
    {
        var result = await RenderAsync(WordTemplate, File.ReadAllBytes(Path.Combine(Folder, WordTemplate)));

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["Sjabloon 'word-met-gesplitste-tags.xml', hoofdtekst, alinea 5 (onder kop \"{{ titel }}\"), tag {{ p.nam }}: 'p.nam' bestaat niet: p (een item van hoofdprocessen) heeft geen veld 'nam'. Bedoelt u 'p.naam'?"],
            result.Problems);
    }

    [Fact]
    public async Task A_template_typed_in_Word_renders_once_its_misspelling_is_corrected()
    {
        var corrected = File.ReadAllText(Path.Combine(Folder, WordTemplate)).Replace("<w:t>nam</w:t>", "<w:t>naam</w:t>", StringComparison.Ordinal);

        var result = await RenderAsync(WordTemplate, System.Text.Encoding.UTF8.GetBytes(corrected));

        using var document = Rendered(result);
        Assert.Equal(
            [
                "Uitvoeringsplan 2026",
                "Regio: Maastricht-Heuvelland (vorig jaar 2025, dit jaar 2026)",
                "Status: concept",
                "Contractmanagement",
                "[tabel]",
                "Uitvoeringsplan gemaakt op 22 november 2026.",
            ],
            document.BodyTexts());
        Assert.Equal([["Actie", "Gereed"], ["Periodieke gesprekken", "Doorlopend"], ["Vragen van toegangen beantwoorden", "–"]], document.TableCells());
        Assert.NotNull(RunWith(document, "Maastricht-Heuvelland").RunProperties?.Bold);
        Assert.Single(document.Body.Descendants<DeletedRun>());
        Assert.Empty(document.Body.Descendants<ProofError>());
        Assert.Empty(document.ValidationErrors());
    }

    private static async Task<TeamBot.Core.PlanDocuments.PlanDocumentResult> RenderAsync(string fileName, byte[] template)
    {
        using var templates = new TempDirectory();
        await File.WriteAllBytesAsync(templates.File(fileName), template);
        await using var host = await PlanDocumentTestHost.StartAsync(new Dictionary<string, string?> { ["Documents:TemplatesPath"] = templates.Path });
        return await host.Documents.RenderAsync(PlanDocumentServiceTests.SmallPlan, "plan.yaml", Path.GetFileNameWithoutExtension(fileName));
    }

    private static RenderedWord Rendered(TeamBot.Core.PlanDocuments.PlanDocumentResult result)
    {
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return new RenderedWord(result.Document!);
    }

    private static Run RunWith(RenderedWord document, string text) =>
        document.Body.Descendants<Run>().First(run => run.InnerText.Contains(text, StringComparison.Ordinal));
}
