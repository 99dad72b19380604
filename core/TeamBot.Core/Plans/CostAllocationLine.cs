namespace TeamBot.Core.Plans;

/// <summary>One gemeente's share: its total and the part of each verdeelsleutel, rounded as the allocation says.</summary>
public sealed record CostAllocationLine(string Gemeente, decimal Amount, IReadOnlyDictionary<string, decimal> PerKey)
{
    /// <summary>Per sleutel the gemeente's value (1 for gelijk, its inwoners, its objectief budget) and its share of that sleutel.</summary>
    public IReadOnlyDictionary<string, KeyShare> Shares { get; init; } = new Dictionary<string, KeyShare>();

    /// <summary>The gemeente's share of the whole, in percent (3.40), by the seeds' rule: see <see cref="SharePercentages"/>.</summary>
    public decimal SharePercent { get; init; }

    /// <summary>Per comparison (in plan order) the gemeente's amount, split and rounded like <see cref="Amount"/>.</summary>
    public IReadOnlyList<decimal> ComparisonAmounts { get; init; } = [];
}
