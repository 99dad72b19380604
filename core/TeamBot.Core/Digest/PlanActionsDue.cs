using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamBot.Core.Plans;

namespace TeamBot.Core.Digest;

/// <summary>
/// The acties of the uitvoeringsplannen in Digest:PlansPath that are due in a quarter: "Q4 2026", "4e kwartaal" in
/// the plan of 2026, or a date in that quarter. Evaluaties and unreadable plans are left out (a plan with problems
/// is logged, never half read).
/// </summary>
public sealed partial class PlanActionsDue(IOptions<DigestOptions> options, ILogger<PlanActionsDue> logger)
{
    public const int MaxPlanFiles = 50;

    public IReadOnlyList<DigestPlanAction> DueInQuarterOf(DateOnly day)
    {
        var quarter = (day.Month - 1) / 3 + 1;
        return Plans(day.Year)
            .SelectMany(plan => plan.AllActions.Where(a => !a.IsHeading && a.Due is { } due && IsIn(due, plan.Year, day.Year, quarter))
                .Select(a => new DigestPlanAction(plan.Title, a.Text, a.Due!.Text)))
            .ToList();
    }

    private static bool IsIn(Due due, int planYear, int year, int quarter) => due.Kind switch
    {
        DueKind.Quarter => due.Quarter == quarter && (due.Year ?? planYear) == year,
        DueKind.Date => due.Date is { } date && date.Year == year && (date.Month - 1) / 3 + 1 == quarter,
        _ => false,
    };

    private IEnumerable<ExecutionPlan> Plans(int year)
    {
        if (options.Value.PlansPath is not { Length: > 0 } folder || !Directory.Exists(folder)) yield break;
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Take(MaxPlanFiles))
        {
            var loaded = PlanDataLoader.Load(file);
            if (loaded.Plan is not { } plan)
            {
                PlanUnreadable(logger, Path.GetFileName(file));
                continue;
            }
            if (plan.Kind == PlanKind.ExecutionPlan && plan.Year == year) yield return plan;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest: plan {File} has problems and is left out of the acties due")]
    private static partial void PlanUnreadable(ILogger logger, string file);
}
