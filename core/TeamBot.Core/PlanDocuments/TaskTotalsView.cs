namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// The total row of the kosten/uren table: the hours' sum, and the kosten to print (the kostenverdeling's vastgesteld
/// totaal when it states one), with the rows' sum and the difference beside it.
/// </summary>
public sealed record TaskTotalsView(decimal Uren, decimal Kosten)
{
    public decimal SomKosten { get; init; }

    /// <summary>The kostenverdeling's totaalVoetnoot when its total is the one printed here.</summary>
    public string? Voetnoot { get; init; }

    public decimal Verschil { get; init; }

    public bool HeeftVerschil => Verschil != 0;
}
