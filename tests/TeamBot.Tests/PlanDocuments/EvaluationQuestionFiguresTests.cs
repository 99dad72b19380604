using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Escalations;
using TeamBot.Core.PlanDocuments;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.PlanDocuments;

/// <summary>The evaluatie's "Vragen van toegangen": the question log's figures of the plan's year, as a reader finds them.</summary>
public sealed class EvaluationQuestionFiguresTests
{
    private const string Evaluation2026 = """
        soort: evaluatie
        jaar: 2026
        regio: Zuid-Limburg
        """;

    [Fact]
    public async Task The_evaluatie_shows_the_figures_of_the_plans_year_up_to_today()
    {
        // Monday 23 November 2026, 09:30.
        await using var host = await QuestionTestHost.StartAsync();
        var ticket = await SampleQuestions.AskAsync(host);
        host.Clock.Advance(TimeSpan.FromDays(4));
        await host.Services.GetRequiredService<EscalationService>().AnswerAsync(ticket.Id, "Zes weken voor de einddatum.", "expert-1", saveAsFaq: false);

        var document = await RenderAsync(host.Services, Evaluation2026);

        Assert.Contains("Vragen van toegangen", document.Headings);
        Assert.Contains(document.Paragraphs, p => p.Contains("De cijfers gaan over 1 januari 2026 tot en met 27 november 2026.", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.StartsWith("De toegangen stelden 3 vragen. Van de 3 vragen over contracten en casuïstiek beantwoordde TeamBot er 2 direct", StringComparison.Ordinal));
        // The contract question and the casuïstiek redirect; not the one the asker sent on to the inkoopteam.
        Assert.Contains("Direct beantwoord door TeamBot | 2 (67%)", document.Rows);
        Assert.Contains("Doorgezet naar het inkoopteam | 1", document.Rows);
        Assert.Contains("Beantwoord binnen 5 werkdagen | 1 van 1 (100%)", document.Rows);
        Assert.Contains("Antwoordtijd inkoopteam, mediaan / gemiddeld | 4 / 4 werkdagen", document.Rows);
        Assert.Contains("Geschatte tijdsbesparing (20 minuten per vraag) | 0,7 uur", document.Rows);
        Assert.Contains("Contractvragen | 2", document.Rows);
        Assert.Contains("Casuïstiek | 1", document.Rows);
        Assert.Equal(["Beek | 1 | 1", "Heerlen | 2 | 0", "Totaal | 3 | 1"], document.Rows.SkipWhile(r => !r.StartsWith("Gemeente |", StringComparison.Ordinal)).Skip(1).Take(3));
        Assert.Contains(document.Paragraphs, p => p.Contains("2026-W47: 0 · 2026-W48: 3", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Paragraphs, p => p.Contains("Jansen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_questions_in_the_plans_year_the_section_says_so_instead_of_showing_tables_of_zeros()
    {
        await using var host = await PlanDocumentTestHost.StartAsync();

        var document = await RenderAsync(host.Services, File.ReadAllText(PlanDocumentTestHost.ShippedPlan("evaluatie-2019.yaml")));

        Assert.Contains("Vragen van toegangen", document.Headings);
        Assert.Contains(document.Paragraphs, p => p.Contains("De cijfers gaan over 1 januari 2019 tot en met 31 december 2019.", StringComparison.Ordinal));
        Assert.Contains("In deze periode zijn geen vragen van toegangen via TeamBot vastgelegd.", document.Paragraphs);
        Assert.DoesNotContain(document.Rows, r => r.StartsWith("Doorgezet naar het inkoopteam", StringComparison.Ordinal));
        Assert.DoesNotContain("Vragen per gemeente", document.Headings);
    }

    /// <summary>Where the rendered evaluaties stay for a person to open (artifacts/statistics/).</summary>
    private static readonly string ArtifactsFolder = Path.Combine(Path.GetDirectoryName(PdfTools.ArtifactsFolder)!, "statistics");

    private sealed record RenderedText(List<string> Headings, List<string> Paragraphs, List<string> Rows);

    private static async Task<RenderedText> RenderAsync(IServiceProvider services, string planYaml, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var result = await services.GetRequiredService<PlanDocumentService>().RenderAsync(planYaml, "evaluatie.yaml", "evaluatie");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Directory.CreateDirectory(ArtifactsFolder);
        await File.WriteAllBytesAsync(Path.Combine(ArtifactsFolder, test + ".docx"), result.Document!);
        using var word = WordprocessingDocument.Open(new MemoryStream(result.Document!), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        return new RenderedText(
            paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Kop", StringComparison.Ordinal) == true).Select(p => p.InnerText).ToList(),
            paragraphs.Select(p => p.InnerText).ToList(),
            body.Descendants<TableRow>().Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => c.InnerText))).ToList());
    }
}
