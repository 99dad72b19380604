namespace TeamBot.Core.PlanDocuments;

/// <summary>The total row of the kosten/uren table: the sums of the rows above it.</summary>
public sealed record TaskTotalsView(decimal Uren, decimal Kosten);
