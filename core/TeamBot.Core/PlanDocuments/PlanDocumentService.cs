using System.Text.Json;
using TeamBot.Core.Documents;
using TeamBot.Core.Documents.Storage;
using TeamBot.Core.Plans;
using TeamBot.Core.Regions;
using TeamBot.Core.Storage;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// Makes a plan document: loads the plan data, splits its costs over the stored region's gemeenten, and renders the
/// named template into a .docx. Problems with the plan, the costs and the template are all reported together, in Dutch.
/// </summary>
public sealed class PlanDocumentService(DocxTemplateRenderer renderer, DocumentTemplateLibrary templates, IRegionStore regions, RegionCalendar calendar)
{
    /// <summary>Templates read the model's members in camelCase, as the plan's YAML keys are written ("buitenSla").</summary>
    private static readonly JsonNamingPolicy TemplateNames = JsonNamingPolicy.CamelCase;

    public IReadOnlyList<DocumentTemplateInfo> ListTemplates() => templates.List();

    /// <summary>Renders the plan data file at <paramref name="planPath"/>.</summary>
    public Task<PlanDocumentResult> RenderFileAsync(string planPath, string templateName, CancellationToken cancellationToken = default) =>
        RenderAsync(PlanDataLoader.Load(planPath), templateName, cancellationToken);

    /// <summary>Renders plan data given as YAML text; <paramref name="planFileName"/> names it in problems.</summary>
    public Task<PlanDocumentResult> RenderAsync(string planYaml, string planFileName, string templateName, CancellationToken cancellationToken = default) =>
        RenderAsync(PlanDataLoader.Parse(planYaml, planFileName), templateName, cancellationToken);

    private async Task<PlanDocumentResult> RenderAsync(PlanLoadResult loaded, string templateName, CancellationToken cancellationToken)
    {
        var problems = loaded.Problems.Select(p => p.ToString()).ToList();
        var (template, missing) = templates.Find(templateName);
        if (missing is not null) problems.Add(missing);
        var allocations = loaded.Plan is null ? [] : await AllocateAsync(loaded.Plan, problems, cancellationToken);
        if (problems.Count > 0 || loaded.Plan is null)
            return PlanDocumentResult.Failed(template is null ? problems : problems.Concat(SyntaxProblems(template)));
        return Render(loaded.Plan, allocations, template!, cancellationToken);
    }

    private async Task<IReadOnlyList<CostAllocation>> AllocateAsync(ExecutionPlan plan, List<string> problems, CancellationToken cancellationToken)
    {
        if (plan.CostAllocations.Count == 0) return [];
        var result = CostAllocator.Allocate(plan, await regions.LoadAsync(cancellationToken));
        problems.AddRange(result.Problems.Select(p => p.ToString()));
        return result.Allocations;
    }

    private PlanDocumentResult Render(ExecutionPlan plan, IReadOnlyList<CostAllocation> allocations, TemplateFile template, CancellationToken cancellationToken)
    {
        var model = PlanDocumentModel.From(plan, allocations, calendar.Today);
        var input = new TemplateInput(model) { MemberNaming = TemplateNames };
        var rendered = renderer.Render(template.Content, template.FileName, input, cancellationToken: cancellationToken);
        if (!rendered.Succeeded) return PlanDocumentResult.Failed(Located(template, rendered.Problems));
        var document = rendered.Kind == TemplatePackageKind.FlatOpc ? FlatOpcPackage.ToDocx(rendered.Document!) : rendered.Document!;
        return new PlanDocumentResult { Document = document, FileName = FileNameFor(plan), Plan = plan };
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
