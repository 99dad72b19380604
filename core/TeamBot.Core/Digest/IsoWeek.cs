using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamBot.Core.Digest;

/// <summary>An ISO 8601 week ("2026-W49"): Monday to Sunday, the week with the year's first Thursday is week 1.</summary>
public readonly partial record struct IsoWeek(int Year, int Week)
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public static IsoWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    public IsoWeek AddWeeks(int weeks) => Of(Monday.AddDays(7 * weeks));

    /// <summary>Reads "2026-W49" (also "2026W49" and lower case); false for a week the year does not have.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out IsoWeek? week)
    {
        week = null;
        if (text is null || WeekPattern().Match(text.Trim()) is not { Success: true } match) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2999 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return false;
        week = new IsoWeek(year, number);
        return true;
    }

    /// <summary>yyyy-mm-dd, as the digest's JSON writes a day.</summary>
    public static string DateText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-W{Week:00}");

    [GeneratedRegex(@"^(?<year>[0-9]{4})-?[Ww](?<week>[0-9]{1,2})$")]
    private static partial Regex WeekPattern();
}
