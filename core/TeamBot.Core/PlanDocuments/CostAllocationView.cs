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

    /// <summary>The total to print: the plan's vastgesteldTotaal when it states one, else the computed total.</summary>
    public required decimal Totaal { get; init; }

    public required string TotaalTekst { get; init; }

    /// <summary>The plan's totaalVoetnoot as footnote markup (<c>^[…]</c>), so <c>{{ k.totaalTekst }}{{ k.totaalVoetnoot }}</c> puts it on the total; empty without one.</summary>
    public string? TotaalVoetnoot { get; init; }

    /// <summary>True when the plan states the total (vastgesteldTotaal).</summary>
    public bool IsVastgesteld { get; init; }

    /// <summary>The sum of the printed rows, and a vastgesteld <see cref="Totaal"/> minus it (0 when they agree or no total is stated); the text is without sign.</summary>
    public decimal SomRegels { get; init; }

    public string SomRegelsTekst { get; init; } = "";

    public decimal Verschil { get; init; }

    public string VerschilTekst { get; init; } = "";

    public bool HeeftVerschil => Verschil != 0;

    /// <summary>The vergelijkingen' totals, in plan order; each row has its own amounts in the same order.</summary>
    public IReadOnlyList<ComparisonAmountView> Vergelijkingen { get; init; } = [];

    /// <summary>100, the sum of the rows' shares as printed (which may differ by 0,01).</summary>
    public decimal AandeelTotaal { get; init; }
}
