namespace TeamBot.Core.Plans;

/// <summary>One row of the formatie table; a total row is printed as the plan states it, not recomputed.</summary>
public sealed record StaffingLine(string Description, string? Group, decimal? Hours, decimal? Fte, decimal? Amount, bool IsTotal);
