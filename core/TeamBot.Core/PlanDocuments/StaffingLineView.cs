namespace TeamBot.Core.PlanDocuments;

/// <summary>A formatie row; a total row is printed as the plan states it.</summary>
public sealed record StaffingLineView(string? Groep, string Omschrijving, decimal? Uren, decimal? Fte, decimal? Bedrag, bool Totaal);
