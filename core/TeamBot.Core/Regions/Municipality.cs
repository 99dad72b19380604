namespace TeamBot.Core.Regions;

/// <summary>A gemeente, with the numeric columns of the Gemeenten sheet that verdeelsleutels use.</summary>
public sealed record Municipality(
    string Name,
    IReadOnlyList<string> Regions,
    string? AccessTeam,
    IReadOnlyDictionary<string, decimal> Figures)
{
    public const string InhabitantsColumn = "Inwoners";
    public const string YouthUnder20Column = "Jongeren <20";
    public const string AllocationsColumn = "Toekenningen";
    public const string DeclarationsColumn = "Declaraties";

    public decimal? Figure(string column) =>
        Figures.TryGetValue(column, out var value) ? value : null;

    public bool BelongsTo(string region) =>
        Regions.Any(r => string.Equals(r, region, StringComparison.OrdinalIgnoreCase));
}
