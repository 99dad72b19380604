using TeamBot.Core.ContractDocuments;

namespace TeamBot.Core.Regions;

/// <summary>Everything one import workbook (plus its document folder) says about the region.</summary>
public sealed record RegionData(
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Provider> Providers,
    IReadOnlyList<Product> Products,
    IReadOnlyList<Contract> Contracts,
    IReadOnlyList<ContractDocument> Documents)
{
    public static RegionData Empty { get; } = new([], [], [], [], []);

    public IReadOnlyList<string> RegionNames =>
        Municipalities.SelectMany(m => m.Regions).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<AccessTeam> AccessTeams =>
        Municipalities.Where(m => !string.IsNullOrWhiteSpace(m.AccessTeam))
            .GroupBy(m => m.AccessTeam!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new AccessTeam(g.Key, g.Select(m => m.Name).ToList()))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    public RegionCounts Counts => new(
        Municipalities.Count, Providers.Count, Products.Count, Contracts.Count,
        Documents.Count, Documents.Sum(d => d.Sections.Count));
}
