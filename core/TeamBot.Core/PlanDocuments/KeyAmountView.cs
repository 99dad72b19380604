namespace TeamBot.Core.PlanDocuments;

/// <summary>One sleutel's part of a gemeente's amount, in sleutel order.</summary>
public sealed record KeyAmountView(string Naam, decimal Bedrag, string BedragTekst);
