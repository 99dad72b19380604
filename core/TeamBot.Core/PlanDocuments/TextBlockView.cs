namespace TeamBot.Core.PlanDocuments;

/// <summary>A block of running text: "alinea", "kop", "opsomming" (bullets) or "nummering"; lists keep their items.</summary>
public sealed record TextBlockView(string Soort, string Tekst, IReadOnlyList<string> Items)
{
    public bool IsAlinea => Soort == "alinea";

    public bool IsKop => Soort == "kop";

    public bool IsOpsomming => Soort == "opsomming";

    public bool IsNummering => Soort == "nummering";
}
