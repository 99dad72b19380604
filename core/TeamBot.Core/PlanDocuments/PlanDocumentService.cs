using System.Text.Json;
using TeamBot.Core.Documents;
using TeamBot.Core.Documents.Storage;
using TeamBot.Core.Plans;
using TeamBot.Core.Questions.Statistics;
using TeamBot.Core.Regions;
using TeamBot.Core.Storage;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// Makes a plan document: loads the plan data, splits its costs over the stored region's gemeenten, adds the question
/// log's figures of the plan's year, and renders the named template into a .docx. Problems with the plan, the costs and
/// the template are all reported together, in Dutch.
/// </summary>
public sealed class PlanDocumentService(
    DocxTemplateRenderer renderer, DocumentTemplateLibrary templates, IRegionStore regions, QuestionStatisticsService questions, RegionCalendar calendar)
{
    /// <summary>Templates read the model's members in camelCase, as the plan's YAML keys are written ("buitenSla").</summary>
    private static readonly JsonNamingPolicy TemplateNames = JsonNamingPolicy.CamelCase;

    public IReadOnlyList<DocumentTemplateInfo> ListTemplates() => templates.List();

    /// <summary>Renders the plan data file at <paramref name="planPath"/>.
    /// Images the plan names are read from the plan file's folder.</summary>
    public Task<PlanDocumentResult> RenderFileAsync(string planPath, string templateName, CancellationToken cancellationToken = default) =>
        RenderAsync(PlanDataLoader.Load(planPath), Path.GetDirectoryName(Path.GetFullPath(planPath)), templateName, cancellationToken);

    /// <summary>Renders plan data given as YAML text; <paramref name="planFileName"/> names it in problems.
    /// Images come only from the configured Documents:PlanImagesPath; without one, a plan naming an image is refused.</summary>
    public Task<PlanDocumentResult> RenderAsync(string planYaml, string planFileName, string templateName, CancellationToken cancellationToken = default) =>
        RenderAsync(PlanDataLoader.Parse(planYaml, planFileName), templates.PlanImagesFolder, templateName, cancellationToken);

    private async Task<PlanDocumentResult> RenderAsync(PlanLoadResult loaded, string? planFolder, string templateName, CancellationToken cancellationToken)
    {
        var problems = loaded.Problems.Select(p => p.ToString()).ToList();
        var (template, missing) = templates.Find(templateName);
        if (missing is not null) problems.Add(missing);
        var allocations = loaded.Plan is null ? [] : await AllocateAsync(loaded.Plan, problems, cancellationToken);
        var images = loaded.Plan is null ? new Dictionary<string, DocumentImage>() : PlanImages.Load(loaded.Plan, planFolder, problems);
        if (problems.Count > 0 || loaded.Plan is null)
            return PlanDocumentResult.Failed(template is null ? problems : problems.Concat(SyntaxProblems(template)));
        var figures = await questions.CalculateAsync(StatisticsPeriod.Year(loaded.Plan.Year).UpTo(calendar.Today), cancellationToken);
        var model = PlanDocumentModel.From(loaded.Plan, allocations, figures, calendar.Today);
        return Render(loaded.Plan, allocations, model, new DocumentValues { TextMarkup = true, Images = images }, template!, cancellationToken);
    }

    private async Task<IReadOnlyList<CostAllocation>> AllocateAsync(ExecutionPlan plan, List<string> problems, CancellationToken cancellationToken)
    {
        if (plan.CostAllocations.Count == 0) return [];
        var result = CostAllocator.Allocate(plan, await regions.LoadAsync(cancellationToken));
        problems.AddRange(result.Problems.Select(p => p.ToString()));
        return result.Allocations;
    }

    /// <summary>Plan texts carry the plan's markup (docs/plan-format.md), so the template shows them formatted.</summary>
    private PlanDocumentResult Render(
        ExecutionPlan plan, IReadOnlyList<CostAllocation> allocations, PlanDocumentModel model, DocumentValues values, TemplateFile template, CancellationToken cancellationToken)
    {
        var input = new TemplateInput(model) { MemberNaming = TemplateNames, Values = values };
        var rendered = renderer.Render(template.Content, template.FileName, input, cancellationToken: cancellationToken);
        if (!rendered.Succeeded) return PlanDocumentResult.Failed(Located(template, rendered.Problems));
        var document = rendered.Kind == TemplatePackageKind.FlatOpc ? FlatOpcPackage.ToDocx(rendered.Document!) : rendered.Document!;
        var warnings = PlanTotalChecks.Warnings(plan, allocations).Select(warning => warning.ToString()).ToList();
        return new PlanDocumentResult { Document = document, FileName = FileNameFor(plan), Plan = plan, Warnings = warnings };
    }

    /// <summary>With bad plan data nothing renders, but the template's own mistakes can still be shown: check it against the model's type.</summary>
    private IEnumerable<string> SyntaxProblems(TemplateFile template) =>
        Located(template, renderer.Check(template.Content, template.FileName, typeof(PlanDocumentModel), TemplateNames));

    private static IEnumerable<string> Located(TemplateFile template, IEnumerable<TemplateProblem> problems) =>
        problems.Select(problem => $"Sjabloon '{template.FileName}', {problem}");

    /// <summary>"Uitvoeringsplan 2021 Zuid-Limburg.docx": the title, with the region when the title does not name it.</summary>
    private static string FileNameFor(ExecutionPlan plan)
    {
        var stem = plan.Title.Contains(plan.Region, StringComparison.OrdinalIgnoreCase) ? plan.Title : $"{plan.Title} {plan.Region}";
        try
        {
            return DocumentFileName.Sanitize(stem + ".docx");
        }
        catch (DocumentStoreException)
        {
            return "plan.docx";
        }
    }
}
