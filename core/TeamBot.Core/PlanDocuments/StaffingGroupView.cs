namespace TeamBot.Core.PlanDocuments;

/// <summary>Consecutive formatie rows with the same groep; <see cref="Naam"/> is null for rows without one.</summary>
public sealed record StaffingGroupView(string? Naam, IReadOnlyList<StaffingLineView> Regels);
