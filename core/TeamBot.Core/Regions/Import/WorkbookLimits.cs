namespace TeamBot.Core.Regions.Import;

/// <summary>
/// What one region workbook may hold. A region has some thousands of contracts; these leave room for that many times
/// over, while a workbook that claims a million rows is refused before it costs minutes and gigabytes.
/// </summary>
public sealed record WorkbookLimits(int MaxSheets, int MaxRowsPerSheet, int MaxColumns, long MaxCells, int MaxProblemsShown)
{
    public static WorkbookLimits Default { get; } = new(MaxSheets: 50, MaxRowsPerSheet: 50_000, MaxColumns: 200, MaxCells: 2_000_000, MaxProblemsShown: 200);
}
