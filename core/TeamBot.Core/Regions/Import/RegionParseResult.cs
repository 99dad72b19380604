namespace TeamBot.Core.Regions.Import;

/// <summary>Either the parsed region data (without documents) or the problems; never both.</summary>
public sealed record RegionParseResult(RegionData? Data, IReadOnlyList<ImportProblem> Problems);
