using System.Globalization;

namespace TeamBot.Core.Formatting;

/// <summary>Numbers and dates the way Dutch users read them: € 61,50 and 31-12-2027.</summary>
public static class DutchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Money(decimal amount) => "€ " + amount.ToString("N2", Culture);

    public static string Money(decimal? amount) => amount is null ? "-" : Money(amount.Value);

    /// <summary>"€ 2.394.000": rounded half away from zero, as a spreadsheet shows whole euros.</summary>
    public static string WholeEuros(decimal amount) =>
        "€ " + Math.Round(amount, 0, MidpointRounding.AwayFromZero).ToString("N0", Culture);

    /// <summary>"1.234,5" with the given number of decimals.</summary>
    public static string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Culture);

    /// <summary>"6,25%" for 6.25 (the value is already in percent).</summary>
    public static string Percentage(decimal percent, int decimals = 2) => Number(percent, decimals) + "%";

    /// <summary>"1e kwartaal".</summary>
    public static string Quarter(int quarter) => $"{quarter}e kwartaal";

    /// <summary>"1 januari 2023".</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is null ? "-" : Date(date.Value);

    /// <summary>"a, b en c" (or "a, b of c" with <paramref name="conjunction"/> "of").</summary>
    public static string List(IReadOnlyList<string> items, string conjunction = "en") => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + $" {conjunction} " + items[^1],
    };

    /// <summary>
    /// "1 probleem", "3 problemen", "2.800 problemen": the one home of counted Dutch nouns, so no message says
    /// "probleem/problemen". Dutch uses the singular for exactly one, the plural for everything else (also 0).
    /// </summary>
    public static string Count(long count, string singular, string plural) =>
        count.ToString("N0", Culture) + " " + Noun(count, singular, plural);

    /// <summary>The noun alone, for a sentence that puts the number elsewhere ("los eerst deze 200 op").</summary>
    public static string Noun(long count, string singular, string plural) => count == 1 ? singular : plural;

    /// <summary>A size as a limit is told to users: "64 kB", "100 MB" (whole units, rounded down).</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024 * 1024)).ToString("N0", Culture) + " MB"
        : (bytes / 1024).ToString("N0", Culture) + " kB";

    /// <summary>"1.234,5": as many decimals as the value has (no trailing zeros).</summary>
    public static string Number(decimal value) => WithoutNegativeZero(value).ToString("#,##0.############################", Culture);

    /// <summary>"6,25%" for 6.25 and "25%" for 25: at most two decimals, no trailing zeros.</summary>
    public static string CompactPercentage(decimal percent) => Number(Math.Round(percent, 2, MidpointRounding.AwayFromZero)) + "%";

    /// <summary>The quarter a date falls in: 15 mei gives "2e kwartaal".</summary>
    public static string Quarter(DateOnly date) => Quarter((date.Month - 1) / 3 + 1);

    /// <summary>-0,001 rounds to zero, which should not print as "-0".</summary>
    private static decimal WithoutNegativeZero(decimal value) => value == 0 ? 0m : value;
}
