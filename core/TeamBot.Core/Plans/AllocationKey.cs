namespace TeamBot.Core.Plans;

/// <summary>
/// A verdeelsleutel: <see cref="WeightPercent"/> of the amount is split over the gemeenten in proportion to
/// their values (equal, from a column of the region's Gemeenten, or given inline in <see cref="Values"/>).
/// </summary>
public sealed record AllocationKey(
    string Name,
    decimal WeightPercent,
    AllocationBasis Basis,
    string? Column = null,
    IReadOnlyDictionary<string, decimal>? Values = null)
{
    /// <summary>"eenheid: euro": the values are amounts (an objectief budget), printed in euros; otherwise counts.</summary>
    public bool ValuesAreAmounts { get; init; }

    /// <summary>The Gemeenten column a "kolom" key reads: its own name unless the plan names another.</summary>
    public string ColumnName => Column ?? Name;
}
