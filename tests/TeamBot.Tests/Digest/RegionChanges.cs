using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;

namespace TeamBot.Tests.Digest;

/// <summary>An import as the import service stores one: the changed contracts, with the changes detected in the history.</summary>
public static class RegionChanges
{
    public static async Task<ImportRecord> ImportAsync(IRegionStore store, DateTimeOffset at, Func<Contract, Contract?> change)
    {
        var before = await store.LoadAsync();
        var contracts = before.Contracts.Select(change).OfType<Contract>().ToList();
        var after = before with { Contracts = contracts };
        var record = new ImportRecord(0, at, "regio-bijgewerkt.xlsx", Guid.NewGuid().ToString("N"), after.Counts,
            ContractChangeDetector.Compare(before.Contracts, contracts));
        return await store.ReplaceAsync(after, record);
    }

    public static Func<Contract, Contract?> End(string provider, string productCode, DateOnly endDate) => c =>
        c.Provider == provider && c.ProductCode == productCode ? c with { Status = ContractStatus.Ended, EndDate = endDate } : c;
}
