using System.Globalization;
using TeamBot.Core.Formatting;

namespace TeamBot.Core.Regions.Import;

/// <summary>Typed, located access to one row's cells; every unreadable value becomes a problem, not an exception.</summary>
internal sealed class RowReader(SheetTable sheet, SheetRow row, ImportProblemList problems)
{
    public int Number => row.Number;

    public string? Text(string column) => CellValues.Text(Cell(column));

    public string? RequiredText(string column)
    {
        var value = Text(column);
        if (value is null && sheet.HasColumn(column) && !IsUncomputedFormula(column)) Problem(column, $"{column} is leeg; dit veld is verplicht.");
        return value;
    }

    public IReadOnlyList<string> List(string column) => CellValues.List(Text(column));

    /// <summary>No tarief, budget or inwonertal comes near this; a value beyond it is a typo or a broken formula.</summary>
    public const decimal MaxPlausibleNumber = 1_000_000_000_000m;

    public static readonly DateOnly EarliestPlausibleDate = new(1900, 1, 1);

    public static readonly DateOnly LatestPlausibleDate = new(2100, 12, 31);

    public decimal? Decimal(string column, bool allowNegative = false)
    {
        var cell = Cell(column);
        if (cell is null || cell is string s && string.IsNullOrWhiteSpace(s)) return null;
        if (CellValues.IsBeyond(cell, MaxPlausibleNumber))
        {
            Problem(column, $"{CellValues.Text(cell)} is onwaarschijnlijk groot voor {column} (meer dan {MaxPlausibleNumber.ToString("N0", DutchFormat.Culture)}); controleer de cel.");
            return null;
        }
        if (!CellValues.TryDecimal(cell, out var value))
        {
            Problem(column, $"'{CellValues.Text(cell)}' is geen bedrag of getal (verwacht bijvoorbeeld 61,50).");
            return null;
        }
        if (value < 0 && !allowNegative)
        {
            Problem(column, $"{column} mag niet negatief zijn ({CellValues.Text(cell)}).");
            return null;
        }
        return value;
    }

    public DateOnly? Date(string column)
    {
        var cell = Cell(column);
        if (cell is null || cell is string s && string.IsNullOrWhiteSpace(s)) return null;
        if (!CellValues.TryDate(cell, out var value))
        {
            Problem(column, $"'{CellValues.Text(cell)}' is geen geldige datum (verwacht dd-mm-jjjj, bijvoorbeeld 31-12-2027).");
            return null;
        }
        if (value < EarliestPlausibleDate || value > LatestPlausibleDate)
        {
            Problem(column, $"{column} {value.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} ligt niet tussen 1900 en 2100; controleer het jaartal.");
            return null;
        }
        return value;
    }

    public void Problem(string column, string message) => problems.Add(sheet.Problem(row.Number, column, message));

    /// <summary>The cell's value; a formula without a stored result is reported (once) and read as absent, never as empty.</summary>
    private object? Cell(string column)
    {
        var index = sheet.ColumnIndex(column);
        if (index is null) return null;
        if (!sheet.IsUncomputedFormula(row.Number, index.Value)) return row.Cell(index.Value);
        if (reportedFormulas.Add(index.Value))
            Problem(column, $"{column} is een formule zonder opgeslagen uitkomst (zoals in een werkmap die een programma maakte). " +
                "Open het bestand in Excel en sla het op, zodat Excel de formules uitrekent, of vul de waarde zelf in.");
        return null;
    }

    private bool IsUncomputedFormula(string column) => sheet.ColumnIndex(column) is { } index && sheet.IsUncomputedFormula(row.Number, index);

    private readonly HashSet<int> reportedFormulas = [];
}
