using TeamBot.Core.Plans;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Tests.Plans;

/// <summary>The sample region (loaded through the real import path) and small helpers to run plan YAML against it.</summary>
internal static class PlanTestData
{
    private static readonly Lazy<RegionData> Sample = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "region");
        var parsed = RegionWorkbookParser.Parse("voorbeeldregio.xlsx", SampleWorkbook.Build(folder), new DateOnly(2026, 11, 22));
        return parsed.Data ?? throw new InvalidOperationException(string.Join("\n", parsed.Problems));
    });

    public static RegionData SampleRegion => Sample.Value;

    public static string ShippedPlan(string fileName) => Path.Combine(AppContext.BaseDirectory, "templates", "plans", fileName);

    public static ExecutionPlan Load(string yaml, string fileName = "plan.yaml")
    {
        var result = PlanDataLoader.Parse(yaml, fileName);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Plan!;
    }

    public static IReadOnlyList<CostAllocation> Allocate(string yaml, RegionData? region = null)
    {
        var result = CostAllocator.Allocate(Load(yaml), region ?? SampleRegion);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Allocations;
    }

    public static IReadOnlyList<PlanProblem> AllocationProblems(string yaml, RegionData? region = null)
    {
        var result = CostAllocator.Allocate(Load(yaml), region ?? SampleRegion);
        Assert.False(result.Succeeded);
        return result.Problems;
    }

    public static IReadOnlyList<PlanProblem> LoadProblems(string yaml, string fileName = "plan.yaml")
    {
        var result = PlanDataLoader.Parse(yaml, fileName);
        Assert.False(result.Succeeded);
        return result.Problems;
    }

    public static CostAllocationLine Line(CostAllocation allocation, string municipality) =>
        allocation.Lines.Single(l => l.Gemeente == municipality);
}
