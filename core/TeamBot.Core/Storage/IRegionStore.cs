using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Core.Storage;

/// <summary>
/// The stored region data. Replacing is atomic: readers see the old data or the new, never a mix,
/// and a failed replace leaves the old data exactly as it was.
/// </summary>
public interface IRegionStore
{
    /// <summary>The current region data; <see cref="RegionData.Empty"/> before the first import.</summary>
    Task<RegionData> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>Grows by one with every replace, so caches (the search index) know when to rebuild.</summary>
    Task<long> GetDataVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces all region data and appends <paramref name="record"/> to the history, in one transaction.</summary>
    /// <returns>The record as stored, with its id.</returns>
    Task<ImportRecord> ReplaceAsync(RegionData data, ImportRecord record, CancellationToken cancellationToken = default);

    /// <summary>The newest imports first.</summary>
    Task<IReadOnlyList<ImportRecord>> GetImportHistoryAsync(int limit, CancellationToken cancellationToken = default);
}
