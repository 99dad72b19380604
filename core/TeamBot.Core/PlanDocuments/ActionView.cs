namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// One row of an acties table. <see cref="Toelichting"/> and <see cref="StandVanZaken"/> already hold the SLA score and
/// meting for an SLA-doel row without its own text, as the seeds print it; <see cref="Gereed"/> is the Dutch text ("2e kwartaal 2021").
/// </summary>
public sealed record ActionView
{
    public required string Actie { get; init; }

    public string? Toelichting { get; init; }

    public string? StandVanZaken { get; init; }

    public string? Gereed { get; init; }

    /// <summary>Work outside the SLA: the seeds print it bold italic.</summary>
    public bool BuitenSla { get; init; }

    public bool Vet { get; init; }

    /// <summary>A sub-heading row grouping the rows below it (printed italic).</summary>
    public bool Kop { get; init; }

    public SlaTargetView? SlaDoel { get; init; }
}
