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
            var rounding = allocation.Rounding;
            Func<decimal, string> text = amount => rounding.Format(amount);
            yield return plan.Source.Warning($"kostenverdelingen[{i}].vastgesteldTotaal",
                $"Het vastgestelde totaal {text(stated)} van '{allocation.Title}' wijkt {text(Math.Abs(stated - rows))} af van de som van de regels ({text(rows)}). " +
                (plan.CostAllocations[i].TotalFootnote is null
                    ? "Het document toont het vastgestelde totaal; licht het verschil toe (bijvoorbeeld met totaalVoetnoot)."
                    : "Het document toont het vastgestelde totaal met de voetnoot van het plan."));
        }
    }

    /// <summary>
    /// A formatie total row should be the sum of the rows of its groep above it, repeat an earlier total of the same name,
    /// or (outside a groep) be the sum of every row above it; seed 001's "Totaal tekort 2019: 7550" is none of these (its
    /// rows add up to 4.050). A figure no row above has (fte written on total rows only) is not checked.
    /// </summary>
    private static List<PlanProblem> StaffingTotals(ExecutionPlan plan)
    {
        if (plan.Staffing is not { } staffing) return [];
        var lines = staffing.Lines;
        var problems = new List<PlanProblem>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsTotal) continue;
            Check(plan, lines, i, new StaffingFigure("uren", line => line.Hours, value => $"{Number(value)} uren", Rounded: false), problems);
            Check(plan, lines, i, new StaffingFigure("fte", line => line.Fte, value => $"{Number(value)} fte", Rounded: true), problems);
            Check(plan, lines, i, new StaffingFigure("bedrag", line => line.Amount, value => $"een bedrag van {DutchFormat.Money(value)}", Rounded: false), problems);
        }
        return problems;
    }

    /// <param name="Rounded">Fte are written with the decimals they need (1,7): the rows' sum is compared at that precision.</param>
    /// <param name="Text">The figure as the sentence names it: "7.550 uren", "1,7 fte", "een bedrag van € 65.482,00".</param>
    private sealed record StaffingFigure(string Field, Func<StaffingLine, decimal?> Of, Func<decimal, string> Text, bool Rounded);

    private static void Check(ExecutionPlan plan, IReadOnlyList<StaffingLine> lines, int index, StaffingFigure figure, List<PlanProblem> problems)
    {
        var total = lines[index];
        if (figure.Of(total) is not { } stated) return;
        var above = lines.Take(index).ToList();
        var parts = above.Where(line => !line.IsTotal && (total.Group is null || line.Group == total.Group) && figure.Of(line) is not null).ToList();
        if (parts.Count == 0) return;
        var sum = parts.Sum(line => figure.Of(line)!.Value);
        var repeats = above.Any(line => line.IsTotal && line.Description == total.Description && figure.Of(line) == stated);
        var compared = figure.Rounded ? Math.Round(sum, stated.Scale, MidpointRounding.AwayFromZero) : sum;
        if (compared == stated || repeats) return;
        var scope = total.Group is null ? "erboven" : $"van '{total.Group}' erboven";
        problems.Add(plan.Source.Warning($"formatie.regels[{index}].{figure.Field}",
            $"De totaalregel '{total.Description}' noemt {figure.Text(stated)}, maar de regels {scope} tellen op tot {figure.Text(sum)}."));
    }

    private static string Number(decimal value) => DutchFormat.Number(value, Math.Min((int)value.Scale, 2));
}
