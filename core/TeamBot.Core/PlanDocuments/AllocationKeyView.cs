namespace TeamBot.Core.PlanDocuments;

/// <summary>A verdeelsleutel: its weight (25 for 25%), where its values come from, and the amount it splits.</summary>
public sealed record AllocationKeyView(string Naam, decimal Gewicht, string Basis, decimal Totaal, string TotaalTekst);
