using System.Text;
using TeamBot.Core.Formatting;
using TeamBot.Core.Plans;

namespace TeamBot.Bot.Cli;

/// <summary>Kostenverdelingen as Dutch text tables: per gemeente the amount per verdeelsleutel and the total.</summary>
internal static class CostAllocationText
{
    private const string MunicipalityHeader = "Gemeente";
    private const string TotalHeader = "Totaal";

    public static string Render(ExecutionPlan plan, IReadOnlyList<CostAllocation> allocations)
    {
        var text = new StringBuilder();
        for (var i = 0; i < allocations.Count; i++)
        {
            if (i > 0) text.AppendLine();
            AppendAllocation(text, plan.CostAllocations[i], allocations[i]);
        }
        return text.ToString();
    }

    private static void AppendAllocation(StringBuilder text, CostAllocationDefinition definition, CostAllocation allocation)
    {
        text.AppendLine(allocation.Title);
        text.AppendLine(Summary(definition, allocation));
        text.AppendLine();
        var rows = new List<string[]>();
        rows.Add([MunicipalityHeader, .. allocation.KeyNames, TotalHeader]);
        rows.AddRange(allocation.Lines.Select(line =>
            (string[])[line.Gemeente, .. allocation.KeyNames.Select(k => Amount(line.PerKey[k], allocation.Rounding)), Amount(line.Amount, allocation.Rounding)]));
        rows.Add([TotalHeader, .. allocation.KeyNames.Select(k => Amount(allocation.KeyTotals[k], allocation.Rounding)), Amount(allocation.Total, allocation.Rounding)]);
        TextColumns.Append(text, rows);
        if (allocation.StatedTotal is { } stated) text.AppendLine("Vastgesteld totaal (in het document): " + Amount(stated, allocation.Rounding) + ".");
    }

    private static string Summary(CostAllocationDefinition definition, CostAllocation allocation)
    {
        var amount = definition.IndexationPercent is { } index
            ? $"Bedrag {Amount(definition.Amount, allocation.Rounding)} + indexatie {DutchFormat.CompactPercentage(index)} = {Amount(definition.IndexedAmount, allocation.Rounding)}"
            : $"Bedrag {Amount(definition.Amount, allocation.Rounding)}";
        var rounding = allocation.Rounding == AmountRounding.Euro ? "afgerond op hele euro's" : "afgerond op centen";
        var totals = definition.Balanced
            ? "sluitend: de regels tellen precies op tot het totaal"
            : "totalen berekend uit de onafgeronde bedragen";
        var keys = string.Join(", ", definition.Keys.Select(k => $"{k.Name} {DutchFormat.CompactPercentage(k.WeightPercent)}"));
        return $"{amount}; {rounding}; {totals}. Sleutels: {keys}.";
    }

    private static string Amount(decimal amount, AmountRounding rounding) => rounding.Format(amount);
}
