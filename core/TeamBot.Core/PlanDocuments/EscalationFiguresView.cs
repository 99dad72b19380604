namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// The questions sent to the inkoopteam and how fast they were answered, in werkdagen, against the norm
/// (<c>normWerkdagen</c>, 5 by the SLA). Shares are percentages (75 for 75%); they and the answer times are empty
/// when nothing was answered.
/// </summary>
public sealed record EscalationFiguresView(
    int Aantal,
    int Beantwoord,
    int BinnenNorm,
    decimal? BinnenNormAandeel,
    int Open,
    int OpenTeLaat,
    int NormWerkdagen,
    decimal? MediaanWerkdagen,
    decimal? GemiddeldWerkdagen);
