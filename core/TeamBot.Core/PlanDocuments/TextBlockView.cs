namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// A block of running text: "alinea", "kop", "opsomming" (bullets), "nummering" or "afbeelding"; lists keep their
/// items. An image block names its picture in <see cref="Afbeelding"/> (placed with <c>{{ afbeelding b.afbeelding }}</c>)
/// and may have a <see cref="Bijschrift"/>.
/// </summary>
public sealed record TextBlockView(string Soort, string Tekst, IReadOnlyList<string> Items)
{
    public string? Afbeelding { get; init; }

    public string? Bijschrift { get; init; }

    public bool IsAlinea => Soort == "alinea";

    public bool IsKop => Soort == "kop";

    public bool IsOpsomming => Soort == "opsomming";

    public bool IsNummering => Soort == "nummering";

    public bool IsAfbeelding => Soort == "afbeelding";
}
