using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamBot.Core.Regions.Import;

/// <summary>Reads the values people type in Excel: Excel numbers and dates, or Dutch text forms of them.</summary>
internal static partial class CellValues
{
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : CollapseWhitespace(s),
        DateTime d => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => CollapseWhitespace(cell.ToString() ?? ""),
    };

    /// <summary>A number cell, or a number typed as text, whose size is beyond <paramref name="limit"/> (also beyond what decimal holds).</summary>
    public static bool IsBeyond(object? cell, decimal limit) => cell switch
    {
        double d => double.IsFinite(d) && Math.Abs(d) > (double)limit,
        float f => float.IsFinite(f) && Math.Abs(f) > (double)limit,
        decimal m => Math.Abs(m) > limit,
        string s => TryDecimalText(s, out var typed) ? Math.Abs(typed) > limit : LooksLikeHugeNumber(s),
        _ => false,
    };

    /// <summary>Digits past what decimal parses (29 or more) are a number too large, not "no number".</summary>
    private static bool LooksLikeHugeNumber(string text) => NumberText().IsMatch(text.Trim()) && text.Count(char.IsAsciiDigit) > 28;

    /// <summary>Accepts 61,50 · € 61,50 · 1.234,56 · 1234.56 · 6,25% (as 6.25); the last separator followed by 1-2 digits decides.</summary>
    public static bool TryDecimal(object? cell, out decimal value)
    {
        value = 0;
        switch (cell)
        {
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28:
                value = (decimal)d;
                return true;
            case int or long or decimal or float:
                value = Convert.ToDecimal(cell, CultureInfo.InvariantCulture);
                return true;
            case string s:
                return TryDecimalText(s, out value);
            default:
                return false;
        }
    }

    private static bool TryDecimalText(string text, out decimal value)
    {
        value = 0;
        var s = text.Replace("€", "").Replace("EUR", "", StringComparison.OrdinalIgnoreCase)
            .Replace("%", "").Replace("\u00a0", "").Replace(" ", "").Trim();
        if (s.Length == 0 || !NumberText().IsMatch(s)) return false;
        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        var decimalSeparator = (lastComma, lastDot) switch
        {
            ( >= 0, >= 0) => lastComma > lastDot ? ',' : '.',
            ( >= 0, _) => s.Count(c => c == ',') == 1 ? ',' : '\0',
            (_, >= 0) => s.Count(c => c == '.') == 1 && s.Length - lastDot - 1 != 3 ? '.' : '\0',
            _ => '\0',
        };
        var thousands = decimalSeparator == ',' ? '.' : ',';
        var normal = s.Replace(thousands.ToString(), "");
        if (decimalSeparator == '\0') normal = normal.Replace(".", "").Replace(",", "");
        else normal = normal.Replace(decimalSeparator, '.');
        return decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Accepts Excel dates and dd-mm-jjjj text (also d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj and ISO jjjj-mm-dd).</summary>
    public static bool TryDate(object? cell, out DateOnly value)
    {
        value = default;
        switch (cell)
        {
            case DateTime d:
                value = DateOnly.FromDateTime(d);
                return true;
            case double serial when serial is > 0 and < 2958466:
                value = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
            case string s:
                return DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
            default:
                return false;
        }
    }

    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly string[] DateFormats =
        ["dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    private static string CollapseWhitespace(string s) => Whitespace().Replace(s.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[+-]?[0-9][0-9.,]*$")]
    private static partial Regex NumberText();
}
