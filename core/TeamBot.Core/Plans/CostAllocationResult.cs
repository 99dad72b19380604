namespace TeamBot.Core.Plans;

/// <summary>The allocations, or every problem found; never a partial answer.</summary>
public sealed record CostAllocationResult(IReadOnlyList<CostAllocation> Allocations, IReadOnlyList<PlanProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
