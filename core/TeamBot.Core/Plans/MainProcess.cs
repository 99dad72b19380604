namespace TeamBot.Core.Plans;

/// <summary>
/// A hoofdproces of the SLA (or the plan's "algemeen" part, which has the same shape):
/// introductory text and the acties table.
/// </summary>
public sealed record MainProcess(string Name, IReadOnlyList<TextBlock> Introduction, IReadOnlyList<PlanAction> Actions);
