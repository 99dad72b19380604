namespace TeamBot.Core.Plans;

/// <summary>
/// A kostenverdeling as the plan states it: an amount, optional indexation, the verdeelsleutels,
/// the deelnemende gemeenten (null: every gemeente of the plan's region) and how to round.
/// </summary>
public sealed record CostAllocationDefinition
{
    public required string Title { get; init; }

    public required decimal Amount { get; init; }

    /// <summary>For example 2.4 for 2,4%: the amount is raised by this much before it is split.</summary>
    public decimal? IndexationPercent { get; init; }

    public required AmountRounding Rounding { get; init; }

    /// <summary>"sluitend": rows add up exactly to the rounded amount (largest remainder).</summary>
    public bool Balanced { get; init; }

    public required IReadOnlyList<AllocationKey> Keys { get; init; }

    public IReadOnlyList<string>? Municipalities { get; init; }

    public IReadOnlyList<TextBlock> Explanation { get; init; } = [];

    /// <summary>"vastgesteldTotaal": the total the stuurgroep agreed, printed instead of the rows' sum; a difference is warned.</summary>
    public decimal? StatedTotal { get; init; }

    /// <summary>"totaalVoetnoot": a footnote on the printed total, such as why the agreed total differs from the rows.</summary>
    public string? TotalFootnote { get; init; }

    /// <summary>"vergelijkingen": other amounts (an earlier year's bijdrage) split with the same sleutels, shown beside this one.</summary>
    public IReadOnlyList<CostComparison> Comparisons { get; init; } = [];

    public decimal IndexedAmount => Amount * (1 + (IndexationPercent ?? 0) / 100);
}
