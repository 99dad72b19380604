using TeamBot.Core.Plans;

namespace TeamBot.Core.Digest;

/// <summary>
/// The acties of the stored uitvoeringsplannen (<see cref="PlanLibrary"/>) that are due in a quarter: "Q4 2026",
/// "4e kwartaal" in the plan of 2026, or a date in that quarter. Evaluaties and plans with problems are left out.
/// </summary>
public sealed class PlanActionsDue(PlanLibrary library)
{
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

    private IEnumerable<ExecutionPlan> Plans(int year) =>
        library.LoadAll().Where(plan => plan.Kind == PlanKind.ExecutionPlan && plan.Year == year);
}
