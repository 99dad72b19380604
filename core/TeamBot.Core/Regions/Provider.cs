namespace TeamBot.Core.Regions;

/// <summary>An aanbieder with its public contact details and verwijsgids tags.</summary>
public sealed record Provider(
    string Name,
    string? ChamberOfCommerceNumber,
    string? Website,
    string? Phone,
    string? Email,
    string? ContactPerson,
    string? ContractManager,
    IReadOnlyList<string> Specialisations,
    IReadOnlyList<string> TargetGroups);
