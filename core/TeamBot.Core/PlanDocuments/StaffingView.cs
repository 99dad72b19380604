namespace TeamBot.Core.PlanDocuments;

/// <summary>The formatie: its rows both as one list and grouped by consecutive "groep", with flags for the columns in use.</summary>
public sealed record StaffingView(
    IReadOnlyList<TextBlockView> Inleiding,
    IReadOnlyList<StaffingLineView> Regels,
    IReadOnlyList<StaffingGroupView> Groepen,
    IReadOnlyList<TextBlockView> Toelichting)
{
    public bool HeeftUren => Regels.Any(r => r.Uren is not null);

    public bool HeeftFte => Regels.Any(r => r.Fte is not null);

    public bool HeeftBedrag => Regels.Any(r => r.Bedrag is not null);
}
