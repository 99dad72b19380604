using TeamBot.Core.Formatting;

namespace TeamBot.Core.Plans;

/// <summary>
/// Totals a plan states that its own rows do not add up to: the document still prints them as stated (the
/// stuurgroep agreed them), but the author gets a located warning with the sum, so a typo is not sent out unseen.
/// </summary>
public static class PlanTotalChecks
{
    public static IReadOnlyList<PlanProblem> Warnings(ExecutionPlan plan, IReadOnlyList<CostAllocation> allocations) =>
        [.. StatedTotals(plan, allocations), .. StaffingTotals(plan)];

    private static IEnumerable<PlanProblem> StatedTotals(ExecutionPlan plan, IReadOnlyList<CostAllocation> allocations)
    {
        for (var i = 0; i < allocations.Count; i++)
        {
            var allocation = allocations[i];
            if (allocation.StatedTotal is not { } stated) continue;
            var rows = allocation.Lines.Sum(line => line.Amount);
            if (rows == stated) continue;
            var text = AmountRounder.TextFor(allocation.Rounding);
            yield return plan.Source.Warning($"kostenverdelingen[{i}].vastgesteldTotaal",
                $"Het vastgestelde totaal {text(stated)} van '{allocation.Title}' wijkt {text(Math.Abs(stated - rows))} af van de som van de regels ({text(rows)}). " +
                "Het document toont het vastgestelde totaal; licht het verschil toe (bijvoorbeeld in een voetnoot).");
        }
    }

    /// <summary>
    /// A formatie total row should be the sum of its group's rows, repeat an earlier total of the same name, or (outside a
    /// group) be the sum of every row; seed 001's "Totaal tekort 2019: 7550" is none of these (its rows add up to 4.050).
    /// </summary>
    private static List<PlanProblem> StaffingTotals(ExecutionPlan plan)
    {
        if (plan.Staffing is not { } staffing) return [];
        var lines = staffing.Lines;
        var problems = new List<PlanProblem>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsTotal) continue;
            Check(plan, lines, i, line => line.Hours, "uren", value => DutchFormat.Number(value, 0), problems);
            Check(plan, lines, i, line => line.Amount, "bedrag", DutchFormat.WholeEuros, problems);
        }
        return problems;
    }

    private static void Check(ExecutionPlan plan, IReadOnlyList<StaffingLine> lines, int index, Func<StaffingLine, decimal?> figure,
        string field, Func<decimal, string> text, List<PlanProblem> problems)
    {
        var total = lines[index];
        if (figure(total) is not { } stated) return;
        var parts = total.Group is null
            ? lines.Where(line => !line.IsTotal)
            : lines.Where(line => !line.IsTotal && line.Group == total.Group);
        var sum = parts.Sum(line => figure(line) ?? 0);
        var repeats = lines.Take(index).Any(line => line.IsTotal && line.Description == total.Description && figure(line) == stated);
        if (stated == sum || repeats) return;
        problems.Add(plan.Source.Warning($"formatie.regels[{index}].{field}",
            $"De totaalregel '{total.Description}' noemt {text(stated)} {field}, maar de regels {(total.Group is null ? "van de tabel" : $"van '{total.Group}'")} tellen op tot {text(sum)}."));
    }
}
