namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// A computed kostenverdeling. Amounts are numbers rounded as "afronding" says, and also ready-made text in that
/// rounding (<c>€ 81.456</c> for euro, <c>€ 27.584,03</c> for cent), so one table fits both kinds.
/// </summary>
public sealed record CostAllocationView
{
    public required string Titel { get; init; }

    /// <summary>The amount the plan states, before indexatie.</summary>
    public required decimal Bedrag { get; init; }

    /// <summary>The indexatie percentage (2.4 for 2,4%), or null.</summary>
    public decimal? Indexatie { get; init; }

    public required decimal GeindexeerdBedrag { get; init; }

    /// <summary>"euro" or "cent".</summary>
    public required string Afronding { get; init; }

    public bool Sluitend { get; init; }

    public IReadOnlyList<TextBlockView> Toelichting { get; init; } = [];

    public required IReadOnlyList<AllocationKeyView> Sleutels { get; init; }

    public required IReadOnlyList<CostLineView> Regels { get; init; }

    public required decimal Totaal { get; init; }

    public required string TotaalTekst { get; init; }
}
