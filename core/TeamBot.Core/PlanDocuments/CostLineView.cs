namespace TeamBot.Core.PlanDocuments;

/// <summary>A gemeente's row of a kostenverdeling: its total, its share of the total (3.40 for 3,40%) and the part per sleutel.</summary>
public sealed record CostLineView(string Gemeente, decimal Bedrag, string BedragTekst, decimal Aandeel, IReadOnlyList<KeyAmountView> PerSleutel);
