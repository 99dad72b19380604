namespace TeamBot.Core.Plans;

/// <summary>
/// A computed kostenverdeling. <see cref="Total"/> is rounded from the unrounded rows, as a spreadsheet does,
/// so without "sluitend" the rounded rows may differ from it by a rounding unit.
/// </summary>
public sealed record CostAllocation(string Title, decimal Total, IReadOnlyList<CostAllocationLine> Lines)
{
    public AmountRounding Rounding { get; init; }

    /// <summary>The verdeelsleutel names in plan order (the keys of each line's PerKey).</summary>
    public IReadOnlyList<string> KeyNames { get; init; } = [];

    /// <summary>Per verdeelsleutel the rounded amount it splits.</summary>
    public IReadOnlyDictionary<string, decimal> KeyTotals { get; init; } = new Dictionary<string, decimal>();
}
