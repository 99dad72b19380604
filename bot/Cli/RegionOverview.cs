using System.Globalization;
using System.Text;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;

namespace TeamBot.Bot.Cli;

/// <summary>What `region show` prints: counts, the last import and the stored gemeenten, aanbieders and producten.</summary>
internal sealed record RegionOverview(
    long DataVersion,
    RegionCounts Counts,
    IReadOnlyList<string> Regions,
    RegionOverview.ImportLine? LastImport,
    IReadOnlyList<RegionOverview.MunicipalityLine> Municipalities,
    IReadOnlyList<RegionOverview.ProviderLine> Providers,
    IReadOnlyList<RegionOverview.ProductLine> Products)
{
    public sealed record ImportLine(DateTimeOffset ImportedAt, string FileName, string Sha256, string Changes);

    public sealed record MunicipalityLine(string Name, IReadOnlyList<string> Regions, string? AccessTeam);

    public sealed record ProviderLine(string Name, int Contracts, IReadOnlyList<string> ProductCodes);

    public sealed record ProductLine(string Code, string Name, string? Law);

    public static async Task<RegionOverview> LoadAsync(IRegionStore store, CancellationToken cancellationToken)
    {
        var data = await store.LoadAsync(cancellationToken);
        var history = await store.GetImportHistoryAsync(1, cancellationToken);
        var last = history.Count > 0 ? history[0] : null;
        return new RegionOverview(
            await store.GetDataVersionAsync(cancellationToken),
            data.Counts,
            data.RegionNames,
            last is null ? null : new ImportLine(last.ImportedAt, last.FileName, last.Sha256, ImportSummary.Changes(last.Changes)),
            data.Municipalities.Select(m => new MunicipalityLine(m.Name, m.Regions, m.AccessTeam)).ToList(),
            data.Providers.Select(p => ProviderLineOf(p, data.Contracts)).ToList(),
            data.Products.Select(p => new ProductLine(p.Code, p.Name, p.Law)).ToList());
    }

    private static ProviderLine ProviderLineOf(Provider provider, IReadOnlyList<Contract> contracts)
    {
        var own = contracts.Where(c => c.Provider == provider.Name).ToList();
        return new ProviderLine(provider.Name, own.Count, own.Select(c => c.ProductCode).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    public string ToText(RegionCalendar calendar)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Regio's: {(Regions.Count == 0 ? "(nog geen gegevens)" : string.Join(", ", Regions))}");
        text.AppendLine(Counts.ToDutch());
        if (LastImport is not null)
            text.AppendLine(CultureInfo.InvariantCulture, $"Laatste import: {LastImport.FileName} op {calendar.ToRegion(LastImport.ImportedAt):dd-MM-yyyy HH:mm} (wijzigingen: {LastImport.Changes})");
        text.AppendLine().AppendLine("Gemeenten:");
        foreach (var m in Municipalities)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {m.Name} — {string.Join(", ", m.Regions)}{(m.AccessTeam is null ? "" : $" — toegang: {m.AccessTeam}")}");
        text.AppendLine().AppendLine("Aanbieders:");
        foreach (var p in Providers)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {p.Name} — {p.Contracts} contracten ({string.Join(", ", p.ProductCodes)})");
        text.AppendLine().AppendLine("Producten:");
        foreach (var p in Products)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {p.Code} {p.Name}{(p.Law is null ? "" : $" ({p.Law})")}");
        return text.ToString().TrimEnd();
    }
}
