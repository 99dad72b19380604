namespace TeamBot.Core.Plans;

/// <summary>
/// One row of an acties table. In an evaluation <see cref="Progress"/> holds the stand van zaken.
/// A heading row (<see cref="IsHeading"/>) groups the rows below it, often an SLA domain with its norm.
/// </summary>
public sealed record PlanAction
{
    public required string Text { get; init; }

    public string? Explanation { get; init; }

    public string? Progress { get; init; }

    public Due? Due { get; init; }

    /// <summary>Work outside the SLA; the seeds print it bold italic.</summary>
    public bool OutsideSla { get; init; }

    /// <summary>Printed bold for emphasis, without saying it is outside the SLA.</summary>
    public bool Emphasised { get; init; }

    public bool IsHeading { get; init; }

    public SlaTarget? SlaTarget { get; init; }
}
