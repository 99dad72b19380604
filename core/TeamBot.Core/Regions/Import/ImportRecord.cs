namespace TeamBot.Core.Regions.Import;

/// <summary>One row of the import history: which file replaced the region data, and what it changed.</summary>
public sealed record ImportRecord(
    long Id,
    DateTimeOffset ImportedAt,
    string FileName,
    string Sha256,
    RegionCounts Counts,
    IReadOnlyList<ContractChange> Changes);
