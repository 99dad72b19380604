namespace TeamBot.Core.PlanDocuments;

/// <summary>A hoofdproces (or "algemeen", number 0) with its inleiding and acties table.</summary>
public sealed record ProcessView(int Nummer, string Naam, IReadOnlyList<TextBlockView> Inleiding, IReadOnlyList<ActionView> Acties);
