namespace TeamBot.Core.Plans;

/// <summary>
/// A computed kostenverdeling. <see cref="Total"/> is rounded from the unrounded rows, as a spreadsheet does,
/// so without "sluitend" the rounded rows may differ from it by a rounding unit.
/// </summary>
public sealed record CostAllocation(string Title, decimal Total, IReadOnlyList<CostAllocationLine> Lines)
{
    public AmountRounding Rounding { get; init; }

    /// <summary>The verdeelsleutels in plan order.</summary>
    public IReadOnlyList<AllocationKey> Keys { get; init; } = [];

    /// <summary>The verdeelsleutel names in plan order (the keys of each line's PerKey).</summary>
    public IReadOnlyList<string> KeyNames { get; init; } = [];

    /// <summary>The agreed total the plan states, or null: then <see cref="Total"/> is printed.</summary>
    public decimal? StatedTotal { get; init; }

    /// <summary>Per comparison (in plan order) its name and rounded total.</summary>
    public IReadOnlyList<(string Name, decimal Total)> Comparisons { get; init; } = [];

    /// <summary>Per verdeelsleutel the sum of the gemeenten's values (the objectief budget of the whole region).</summary>
    public IReadOnlyDictionary<string, decimal> KeyValueTotals { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Per verdeelsleutel the rounded amount it splits.</summary>
    public IReadOnlyDictionary<string, decimal> KeyTotals { get; init; } = new Dictionary<string, decimal>();
}
