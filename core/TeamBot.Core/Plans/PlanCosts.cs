using TeamBot.Core.Storage;

namespace TeamBot.Core.Plans;

/// <summary>
/// A plan's kostenverdelingen over the stored region, with the warnings of its stated totals: what `plan costs` prints
/// and the add-in previews. Problems of the plan or of the split come back located; nothing is half computed.
/// </summary>
public sealed class PlanCosts(IRegionStore region)
{
    public async Task<PlanCostsResult> CalculateAsync(string yaml, string fileName, CancellationToken cancellationToken = default) =>
        await CalculateAsync(PlanDataLoader.Parse(yaml, fileName), cancellationToken);

    public async Task<PlanCostsResult> CalculateAsync(PlanLoadResult loaded, CancellationToken cancellationToken = default)
    {
        if (loaded.Plan is not { } plan) return PlanCostsResult.BadPlan(loaded.Problems);
        var result = CostAllocator.Allocate(plan, await region.LoadAsync(cancellationToken));
        return result.Succeeded
            ? new PlanCostsResult(plan, result.Allocations, [], PlanTotalChecks.Warnings(plan, result.Allocations).Select(w => w.ToString()).ToList())
            : new PlanCostsResult(plan, [], result.Problems, []);
    }
}

/// <param name="Problems">The plan's problems, or the split's; empty on success.</param>
public sealed record PlanCostsResult(ExecutionPlan? Plan, IReadOnlyList<CostAllocation> Allocations, IReadOnlyList<PlanProblem> Problems, IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Problems.Count == 0;

    /// <summary>The plan itself did not load (as opposed to a split that failed over the region).</summary>
    public bool PlanUnreadable => Plan is null;

    public static PlanCostsResult BadPlan(IReadOnlyList<PlanProblem> problems) => new(null, [], problems, []);
}
