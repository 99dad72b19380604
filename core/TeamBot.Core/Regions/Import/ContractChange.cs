namespace TeamBot.Core.Regions.Import;

/// <summary>What one import changed about one contract; <see cref="Detail"/> is Dutch text for the digest.</summary>
public sealed record ContractChange(
    ContractChangeKind Kind,
    string Provider,
    string ProductCode,
    string? Lot,
    string Municipalities,
    string Detail);
