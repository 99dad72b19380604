namespace TeamBot.Core.Plans;

/// <summary>One gemeente's share: its total and the part of each verdeelsleutel, rounded as the allocation says.</summary>
public sealed record CostAllocationLine(string Gemeente, decimal Amount, IReadOnlyDictionary<string, decimal> PerKey);
