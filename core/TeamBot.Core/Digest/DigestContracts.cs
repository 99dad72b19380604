using TeamBot.Core.Questions.Statistics;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.WireFormat;

namespace TeamBot.Core.Digest;

/// <summary>The verwijsgids parts of a digest: contracts whose einddatum comes near, and what this week's imports changed.</summary>
public static class DigestContracts
{
    /// <summary>Contracts still in force whose einddatum falls within <paramref name="maxDays"/> days of <paramref name="from"/>, soonest first.</summary>
    public static IReadOnlyList<DigestEndingContract> Ending(RegionData data, DateOnly from, int maxDays, string? municipality)
    {
        var names = data.Products.ToDictionary(p => p.Code, p => p.Name, StringComparer.OrdinalIgnoreCase);
        return data.Contracts
            .Where(c => c.Status != ContractStatus.Ended && c.EndDate is { } end && end >= from && end.DayNumber - from.DayNumber <= maxDays)
            .Where(c => municipality is null || Covers(c, municipality))
            .OrderBy(c => c.EndDate).ThenBy(c => c.Provider, StringComparer.Ordinal).ThenBy(c => c.ProductCode, StringComparer.Ordinal)
            .Select(c => new DigestEndingContract(c.Provider, c.ProductCode, names.GetValueOrDefault(c.ProductCode), IsoWeek.DateText(c.EndDate!.Value),
                c.EndDate!.Value.DayNumber - from.DayNumber))
            .ToList();
    }

    /// <summary>
    /// The changes of every import in the period, oldest import first. The region's first import is left out: every
    /// contract in it is "new" only to TeamBot, not to the toegangen.
    /// </summary>
    public static IReadOnlyList<DigestChange> Changes(IReadOnlyList<ImportRecord> imports, StatisticsPeriod period, RegionCalendar calendar, string? municipality) =>
        imports.Where(i => period.Contains(calendar.DateOf(i.ImportedAt)) && !IsFirstImport(i))
            .OrderBy(i => i.ImportedAt)
            .SelectMany(i => i.Changes.Select(change => (Import: i, Change: change)))
            .Where(x => municipality is null || Covers(x.Change, municipality))
            .Select(x => new DigestChange(WireNames.Of(x.Change.Kind), x.Change.Provider, x.Change.ProductCode, x.Change.Detail,
                x.Change.Municipalities, IsoWeek.DateText(calendar.DateOf(x.Import.ImportedAt))))
            .ToList();

    private static bool IsFirstImport(ImportRecord import) =>
        import.Changes.Count == import.Counts.Contracts && import.Changes.All(c => c.Kind == ContractChangeKind.Added);

    public static bool Covers(Contract contract, string municipality) =>
        contract.AllMunicipalities || contract.Municipalities.Contains(municipality, StringComparer.OrdinalIgnoreCase);

    /// <summary>A change names its gemeenten as the Contracten sheet does: "Alle" or a comma-separated list.</summary>
    public static bool Covers(ContractChange change, string municipality) =>
        string.Equals(change.Municipalities, WorkbookFormat.AllMunicipalities, StringComparison.OrdinalIgnoreCase)
        || change.Municipalities.Split(',', StringSplitOptions.TrimEntries).Contains(municipality, StringComparer.OrdinalIgnoreCase);
}
