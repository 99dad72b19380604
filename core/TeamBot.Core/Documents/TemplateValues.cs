using System.Globalization;

namespace TeamBot.Core.Documents;

/// <summary>
/// Reads model values for the formatting functions. Plan data comes typed or as YAML text, so
/// "2394000", "2.54" (YAML) and "6,25" (typed by a Dutch user) are numbers, and "2023-01-01" and
/// "31-12-2027" dates. A value that is neither gives a Dutch message Scriban reports at the tag.
/// </summary>
internal static class TemplateValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "dd-MM-yyyy", "yyyy-M-d"];

    public static decimal ToDecimal(object value) => value switch
    {
        decimal number => number,
        double number => ToDecimal(number),
        float number => ToDecimal(number),
        IConvertible convertible and not string and not bool and not DateTime and not char => convertible.ToDecimal(CultureInfo.InvariantCulture),
        string text when ParseNumber(text) is decimal number => number,
        _ => throw new TemplateValueException($"'{value}' is geen getal."),
    };

    public static DateOnly ToDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateTimeOffset dateTimeOffset => DateOnly.FromDateTime(dateTimeOffset.DateTime),
        string text when ParseDate(text) is DateOnly date => date,
        _ => throw new TemplateValueException($"'{value}' is geen datum (verwacht bijvoorbeeld 2027-12-31 of 31-12-2027)."),
    };

    /// <summary>A quarter from its number (1-4) or from a date.</summary>
    public static int ToQuarter(object value)
    {
        if (value is string text && ParseDate(text) is DateOnly date) return Quarter(date);
        if (value is DateOnly or DateTime or DateTimeOffset) return Quarter(ToDate(value));
        var number = ToDecimal(value);
        return number is 1 or 2 or 3 or 4
            ? (int)number
            : throw new TemplateValueException($"'{value}' is geen kwartaal: geef 1, 2, 3 of 4, of een datum.");
    }

    private static int Quarter(DateOnly date) => (date.Month - 1) / 3 + 1;

    private static decimal ToDecimal(double number) => double.IsFinite(number) && Math.Abs(number) < 7.9e28
        ? (decimal)number
        : throw new TemplateValueException($"'{number.ToString(CultureInfo.InvariantCulture)}' is geen getal dat een document kan tonen.");

    private static decimal? ParseNumber(string text)
    {
        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        if (decimal.TryParse(trimmed, NumberStyles.Number, Formatting.DutchFormat.Culture, out number)) return number;
        return null;
    }

    private static DateOnly? ParseDate(string text)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dateTime) && trimmed.Contains('T'))
        {
            return DateOnly.FromDateTime(dateTime);
        }
        return null;
    }
}
