using TeamBot.Core.Language;

namespace TeamBot.Core.Regions;

/// <summary>A product of the productencatalogus, identified by its productcode.</summary>
public sealed record Product(
    string Code,
    string Name,
    string? Law,
    string? Category,
    string? Segment,
    string? Unit,
    string? Description)
{
    /// <summary>Whether the product falls under the law named ("Wmo", "Jeugdwet"), compared folded and by its beginning ("Wmo 2015").</summary>
    public bool IsUnder(string law) =>
        Law is { } own && TextFolding.Words(own).StartsWith(TextFolding.Words(law), StringComparison.Ordinal);
}
