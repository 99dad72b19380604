namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// One sleutel's part of a gemeente's amount, in sleutel order: the bijdrage, the gemeente's value for the sleutel
/// (its inwoners, its objectief budget; 1 for gelijk), that value's share of the sleutel (6.25 for 6,25%), and the
/// bijdrage as a percentage of the value (1.18 for 1,18% of the objectief budget).
/// </summary>
public sealed record KeyAmountView(string Naam, decimal Bedrag, string BedragTekst)
{
    public decimal Waarde { get; init; }

    /// <summary>The value as text: € 2.339.122 for a sleutel with "eenheid: euro", else 2.339.122.</summary>
    public string WaardeTekst { get; init; } = "";

    public decimal Aandeel { get; init; }

    public decimal PercentageVanWaarde { get; init; }
}
