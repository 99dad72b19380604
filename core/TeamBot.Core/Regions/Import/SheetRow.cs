namespace TeamBot.Core.Regions.Import;

/// <summary>A data row with its 1-based row number as Excel shows it.</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<object?> Cells)
{
    public object? Cell(int index) => index < Cells.Count ? Cells[index] : null;

    public bool IsEmpty => Cells.All(c => c is null || c is string s && string.IsNullOrWhiteSpace(s));
}
