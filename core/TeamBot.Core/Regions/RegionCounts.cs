using TeamBot.Core.Formatting;

namespace TeamBot.Core.Regions;

public sealed record RegionCounts(
    int Municipalities,
    int Providers,
    int Products,
    int Contracts,
    int Documents,
    int DocumentSections)
{
    /// <summary>"16 gemeenten, 1 aanbieder, ..., 4 documenten (38 secties)": the one Dutch line for import and region show.</summary>
    public string ToDutch() =>
        $"{DutchFormat.Count(Municipalities, "gemeente", "gemeenten")}, {DutchFormat.Count(Providers, "aanbieder", "aanbieders")}, " +
        $"{DutchFormat.Count(Products, "product", "producten")}, {DutchFormat.Count(Contracts, "contract", "contracten")}, " +
        $"{DutchFormat.Count(Documents, "document", "documenten")} ({DutchFormat.Count(DocumentSections, "sectie", "secties")})";
}
