using TeamBot.Core.Plans;

namespace TeamBot.Bot.PlanDocuments;

/// <summary>The JSON of a kostenverdeling that `plan costs --json`, the add-in and other tools rely on; keep the names exactly.</summary>
public static class CostAllocationJson
{
    public static object ToWire(CostAllocation allocation) => new
    {
        titel = allocation.Title,
        totaal = allocation.Total,
        regels = allocation.Lines.Select(line => new { gemeente = line.Gemeente, bedrag = line.Amount, perSleutel = line.PerKey }),
    };
}
