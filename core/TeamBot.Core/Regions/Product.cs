namespace TeamBot.Core.Regions;

/// <summary>A product of the productencatalogus, identified by its productcode.</summary>
public sealed record Product(
    string Code,
    string Name,
    string? Law,
    string? Category,
    string? Segment,
    string? Unit,
    string? Description);
