namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// A gemeente's row of a kostenverdeling: its total, its share of the total (3.40 for 3,40%, by the rule of
/// <see cref="Plans.SharePercentages"/>), the part per sleutel, and its amount in each vergelijking.
/// </summary>
public sealed record CostLineView(string Gemeente, decimal Bedrag, string BedragTekst, decimal Aandeel, IReadOnlyList<KeyAmountView> PerSleutel)
{
    public IReadOnlyList<ComparisonAmountView> Vergelijkingen { get; init; } = [];
}
