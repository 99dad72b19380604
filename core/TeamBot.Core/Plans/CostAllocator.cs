using TeamBot.Core.Language;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Plans;

/// <summary>
/// Splits each kostenverdeling over the deelnemende gemeenten. Pure decimal arithmetic: a key's amount
/// (bedrag × indexatie × gewicht) is split in proportion to the gemeenten's values; amounts are rounded as the
/// plan's afronding says, totals from the unrounded amounts (as a spreadsheet does), or by largest remainder when
/// the plan asks for "sluitend". Every problem is reported at its place in the plan file.
/// </summary>
public static class CostAllocator
{
    public static CostAllocationResult Allocate(ExecutionPlan plan, RegionData region)
    {
        if (plan.CostAllocations.Count == 0 && plan.MunicipalityTasks.Count == 0) return new CostAllocationResult([], []);
        var members = region.Municipalities.Where(m => m.BelongsTo(plan.Region)).ToList();
        if (members.Count == 0)
            return new CostAllocationResult([], [plan.Source.Problem("regio",
                $"De regio '{plan.Region}' heeft geen gemeenten in de opgeslagen regiogegevens.{NameSuggestion.Hint(plan.Region, region.RegionNames)} " +
                $"Bekende regio's: {string.Join(", ", region.RegionNames)}.")]);
        var results = plan.CostAllocations
            .Select((definition, i) => Allocate(definition, members, plan.Source, $"kostenverdelingen[{i}]"))
            .ToList();
        var problems = MunicipalityTaskRules.Problems(plan, members).Concat(results.SelectMany(r => r.Problems)).ToList();
        return problems.Count > 0
            ? new CostAllocationResult([], problems)
            : new CostAllocationResult(results.SelectMany(r => r.Allocations).ToList(), []);
    }

    /// <param name="region">The gemeenten of the plan's region; the definition's gemeenten must be among them.</param>
    /// <param name="field">The definition's field path in the plan, such as "kostenverdelingen[0]".</param>
    public static CostAllocationResult Allocate(
        CostAllocationDefinition definition, IReadOnlyList<Municipality> region, PlanSource source, string field)
    {
        var problems = new List<PlanProblem>();
        var participants = AllocationParticipants.Resolve(definition, region, source, field, problems);
        CheckAmountAndWeights(definition, source, field, problems);
        try
        {
            var values = definition.Keys
                .Select((key, k) => AllocationKeyValues.Read(key, participants, region, source, $"{field}.sleutels[{k}]", problems))
                .ToList();
            return problems.Count > 0
                ? new CostAllocationResult([], problems)
                : new CostAllocationResult([Compute(definition, participants, values)], []);
        }
        catch (OverflowException)
        {
            // Amounts are multiplied before dividing (exact for the seeds' midpoints); absurd inputs can overflow.
            return new CostAllocationResult([], [source.Problem($"{field}.bedrag", "Het bedrag of de waarden zijn te groot om te verdelen.")]);
        }
    }

    private static void CheckAmountAndWeights(CostAllocationDefinition definition, PlanSource source, string field, List<PlanProblem> problems)
    {
        if (definition.Amount < 0)
            problems.Add(source.Problem($"{field}.bedrag", $"Het bedrag is negatief ({definition.Amount}); een kostenverdeling verdeelt een positief bedrag."));
        if (definition.StatedTotal < 0)
            problems.Add(source.Problem($"{field}.vastgesteldTotaal", "Het vastgestelde totaal is negatief; geef het bedrag dat de stuurgroep vaststelde."));
        for (var c = 0; c < definition.Comparisons.Count; c++)
            if (definition.Comparisons[c].Amount < 0)
                problems.Add(source.Problem($"{field}.vergelijkingen[{c}].bedrag", $"Het bedrag van vergelijking '{definition.Comparisons[c].Name}' is negatief."));
        if (definition.Keys.Count == 0)
            problems.Add(source.Problem($"{field}.sleutels", "Er zijn geen sleutels; geef minstens één verdeelsleutel."));
        for (var k = 0; k < definition.Keys.Count; k++)
            if (definition.Keys[k].WeightPercent < 0)
                problems.Add(source.Problem($"{field}.sleutels[{k}].gewicht", $"Het gewicht van sleutel '{definition.Keys[k].Name}' is negatief."));
        var sum = definition.Keys.Sum(k => k.WeightPercent);
        if (definition.Keys.Count > 0 && sum != 100)
            problems.Add(source.Problem($"{field}.sleutels",
                $"De gewichten van de sleutels tellen op tot {sum.ToString("0.####", Formatting.DutchFormat.Culture)}%; dat moet precies 100% zijn."));
    }

    private static CostAllocation Compute(CostAllocationDefinition definition, IReadOnlyList<Municipality> participants, List<decimal[]> values)
    {
        var names = definition.Keys.Select(k => k.Name).ToList();
        var split = Split(definition, definition.IndexedAmount, values);
        var comparisons = definition.Comparisons.Select(c => Split(definition, c.Amount, values)).ToList();
        var keyShares = values.Select(SharePercentages.OfValues).ToList();
        var lines = participants
            .Select((m, g) => new CostAllocationLine(m.Name, split.Lines[g], ByKey(names, k => split.PerKey[k][g]))
            {
                Shares = ByKey(names, k => new KeyShare(values[k][g], keyShares[k][g])),
                SharePercent = SharePercentages.OfWhole(definition.Keys.Select((key, k) => (key.WeightPercent, keyShares[k][g]))),
                ComparisonAmounts = comparisons.Select(c => c.Lines[g]).ToList(),
            })
            .ToList();
        return new CostAllocation(definition.Title, split.Total, lines)
        {
            Rounding = definition.Rounding,
            Keys = definition.Keys,
            KeyNames = names,
            KeyTotals = ByKey(names, k => split.KeyTotals[k]),
            KeyValueTotals = ByKey(names, k => values[k].Sum()),
            StatedTotal = definition.StatedTotal,
            Comparisons = definition.Comparisons.Select((c, i) => (c.Name, comparisons[i].Total)).ToList(),
        };
    }

    /// <summary>One amount split over the gemeenten: the rounded rows, the rounded parts per key, and the totals.</summary>
    private sealed record SplitAmount(decimal Total, decimal[] Lines, IReadOnlyList<decimal> KeyTotals, IReadOnlyList<decimal[]> PerKey);

    private static SplitAmount Split(CostAllocationDefinition definition, decimal amount, List<decimal[]> values)
    {
        var shares = UnroundedShares(definition, amount, values);
        var lineAmounts = Enumerable.Range(0, values[0].Length).Select(g => shares.Sum(s => s[g])).ToList();
        var total = AmountRounder.Round(lineAmounts.Sum(), definition.Rounding);
        if (definition.Balanced) return Balanced(definition, shares, total, values[0].Length);
        var keyTotals = shares.Select(s => AmountRounder.Round(s.Sum(), definition.Rounding)).ToList();
        var perKey = shares.Select((s, k) => RoundRows(definition, s, keyTotals[k])).ToList();
        return new SplitAmount(total, RoundRows(definition, lineAmounts, total), keyTotals, perKey);
    }

    /// <summary>
    /// "sluitend" in both directions: the sleutel totals add up to the rounded total, each sleutel column to its total
    /// (largest remainder both times), and a gemeente's amount is the sum of its own cells, so every row adds up across too.
    /// </summary>
    private static SplitAmount Balanced(CostAllocationDefinition definition, List<decimal[]> shares, decimal total, int municipalities)
    {
        var keyTotals = AmountRounder.LargestRemainder(shares.Select(s => s.Sum()).ToList(), total, definition.Rounding);
        var perKey = shares.Select((s, k) => AmountRounder.LargestRemainder(s, keyTotals[k], definition.Rounding)).ToList();
        var lines = Enumerable.Range(0, municipalities).Select(g => perKey.Sum(cells => cells[g])).ToArray();
        return new SplitAmount(total, lines, keyTotals, perKey);
    }

    /// <summary>Per key (row) and gemeente (column): the key's part of the amount, split pro rata to the values.</summary>
    private static List<decimal[]> UnroundedShares(CostAllocationDefinition definition, decimal amount, List<decimal[]> values) =>
        definition.Keys.Select((key, k) =>
        {
            var keyAmount = amount * key.WeightPercent / 100;
            var sum = values[k].Sum();
            // Multiply before dividing: 598.500 × 2,70 / 100 is exactly 16.159,5 and rounds up, as the seed does.
            return values[k].Select(v => keyAmount * v / sum).ToArray();
        }).ToList();

    private static decimal[] RoundRows(CostAllocationDefinition definition, IReadOnlyList<decimal> amounts, decimal total) =>
        definition.Balanced
            ? AmountRounder.LargestRemainder(amounts, total, definition.Rounding)
            : amounts.Select(a => AmountRounder.Round(a, definition.Rounding)).ToArray();

    private static OrderedDictionary<string, T> ByKey<T>(List<string> names, Func<int, T> amount)
    {
        var byKey = new OrderedDictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < names.Count; k++) byKey[names[k]] = amount(k);
        return byKey;
    }
}
