using TeamBot.Core.Plans;
using TeamBot.Core.Questions.Statistics;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// What a plan document template sees: the plan and its computed kostenverdelingen, under the Dutch names a
/// Word user types (camelCase in templates: <c>{{ hoofdprocessen }}</c>, <c>{{ a.buitenSla }}</c>).
/// The property names are Dutch on purpose: they are the template vocabulary documented in docs/document-templates.md.
/// </summary>
public sealed record PlanDocumentModel
{
    /// <summary>"uitvoeringsplan" or "evaluatie".</summary>
    public required string Soort { get; init; }

    public bool IsEvaluatie => Soort == EvaluationKind;

    public required int Jaar { get; init; }

    public required string Regio { get; init; }

    public required string Titel { get; init; }

    public IReadOnlyList<string> Ondertitel { get; init; } = [];

    public string? Versie { get; init; }

    public string? Status { get; init; }

    /// <summary>The day the document was made, as yyyy-MM-dd: <c>{{ datum gemaaktOp }}</c> shows "22 november 2026".
    /// Not "datum", which would hide the function of that name.</summary>
    public required string GemaaktOp { get; init; }

    public IReadOnlyList<TextBlockView> Toelichting { get; init; } = [];

    public PrioritiesView? Speerpunten { get; init; }

    public IReadOnlyList<TextBlockView> Indeling { get; init; } = [];

    public IReadOnlyList<string> Nadruk { get; init; } = [];

    public ProcessView? Algemeen { get; init; }

    public IReadOnlyList<ProcessView> Hoofdprocessen { get; init; } = [];

    /// <summary>Every actie with an SLA doel, "algemeen" first.</summary>
    public IReadOnlyList<SlaTargetView> SlaDoelen { get; init; } = [];

    public StaffingView? Formatie { get; init; }

    public IReadOnlyList<MunicipalityTasksView> GemeenteTaken { get; init; } = [];

    public TaskTotalsView? GemeenteTakenTotaal { get; init; }

    public IReadOnlyList<CostAllocationView> Kostenverdelingen { get; init; } = [];

    /// <summary>The question log's figures for the plan's year (up to today while it runs).</summary>
    public required QuestionFiguresView Vragen { get; init; }

    internal const string EvaluationKind = "evaluatie";

    /// <summary>The model of <paramref name="plan"/>; <paramref name="allocations"/> are its kostenverdelingen as computed, in plan order,
    /// <paramref name="questions"/> the question log's figures of its period.</summary>
    public static PlanDocumentModel From(ExecutionPlan plan, IReadOnlyList<CostAllocation> allocations, QuestionStatistics questions, DateOnly today) =>
        PlanDocumentModelBuilder.Build(plan, allocations, questions, today);
}
