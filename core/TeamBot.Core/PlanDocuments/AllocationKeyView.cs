namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// A verdeelsleutel: its weight (25 for 25%), where its values come from, the amount it splits, the sum of the
/// gemeenten's values (the region's objectief budget) and the amount as a percentage of that sum.
/// </summary>
public sealed record AllocationKeyView(string Naam, decimal Gewicht, string Basis, decimal Totaal, string TotaalTekst)
{
    public decimal WaardeTotaal { get; init; }

    /// <summary>The values' sum as text: in euros for a sleutel with "eenheid: euro", else a number.</summary>
    public string WaardeTotaalTekst { get; init; } = "";

    /// <summary>The sleutel's values are amounts (eenheid: euro), so a bijdrage as a percentage of its value means something.</summary>
    public bool IsBedrag { get; init; }

    public decimal PercentageVanWaarde { get; init; }
}
