namespace TeamBot.Core.Plans;

/// <summary>Either the plan or every problem in its data file; never both.</summary>
public sealed record PlanLoadResult(ExecutionPlan? Plan, IReadOnlyList<PlanProblem> Problems)
{
    public bool Succeeded => Plan is not null;
}
