namespace TeamBot.Core.Regions;

/// <summary>One row of the Contracten sheet: an aanbieder contracted for a product in some gemeenten.</summary>
public sealed record Contract(
    string Provider,
    string ProductCode,
    string? Region,
    IReadOnlyList<string> Municipalities,
    bool AllMunicipalities,
    DeliveryModel? DeliveryModel,
    decimal? Rate,
    DateOnly? StartDate,
    DateOnly? EndDate,
    DateOnly? MaxEndDate,
    string? Lot,
    ContractStatus Status,
    string? Remark)
{
    /// <summary>What identifies "the same contract" across two imports.</summary>
    public string Key => string.Join('|',
        Provider.ToUpperInvariant(),
        ProductCode.ToUpperInvariant(),
        (Lot ?? "").ToUpperInvariant(),
        AllMunicipalities ? "*" : string.Join(',', Municipalities.Select(m => m.ToUpperInvariant()).Order(StringComparer.Ordinal)));

    public bool IsInForceOn(DateOnly day) =>
        Status != ContractStatus.Ended
        && (StartDate is null || StartDate <= day)
        && (EndDate is null || EndDate >= day);
}
