namespace TeamBot.Core.Plans;

/// <summary>
/// The data of one uitvoeringsplan (or its evaluation) for a year and region, as a plan data file gives it.
/// Templates read this model; the cost tables come from <see cref="CostAllocations"/> through <see cref="CostAllocator"/>.
/// </summary>
public sealed record ExecutionPlan
{
    public PlanKind Kind { get; init; } = PlanKind.ExecutionPlan;

    public required int Year { get; init; }

    public required string Region { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Subtitle { get; init; } = [];

    public string? Version { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<TextBlock> Introduction { get; init; } = [];

    public PlanPriorities? Priorities { get; init; }

    /// <summary>The "indeling": how the plan is organised around the hoofdprocessen.</summary>
    public IReadOnlyList<TextBlock> Layout { get; init; } = [];

    /// <summary>The "nadruk" bullets: what the year focuses on.</summary>
    public IReadOnlyList<string> Emphasis { get; init; } = [];

    /// <summary>The "algemeen" part before the hoofdprocessen (SLA measurement, plan cycle), if the plan has one.</summary>
    public MainProcess? General { get; init; }

    public IReadOnlyList<MainProcess> MainProcesses { get; init; } = [];

    public Staffing? Staffing { get; init; }

    public IReadOnlyList<MunicipalityTasks> MunicipalityTasks { get; init; } = [];

    public IReadOnlyList<CostAllocationDefinition> CostAllocations { get; init; } = [];

    public PlanSource Source { get; init; } = PlanSource.Unlocated("plan");

    public bool IsEvaluation => Kind == PlanKind.Evaluation;

    /// <summary>Every acties row, "algemeen" first, in plan order.</summary>
    public IEnumerable<PlanAction> AllActions =>
        (General is null ? MainProcesses : MainProcesses.Prepend(General)).SelectMany(p => p.Actions);

    /// <summary>The rows that carry an SLA doel, with their norm and measured score.</summary>
    public IReadOnlyList<PlanAction> SlaTargets => AllActions.Where(a => a.SlaTarget is not null).ToList();

    public static string DefaultTitle(PlanKind kind, int year) =>
        kind == PlanKind.Evaluation ? $"Evaluatie uitvoeringsplan {year}" : $"Uitvoeringsplan {year}";
}
