using System.Globalization;

namespace TeamBot.Core.Formatting;

/// <summary>Numbers and dates the way Dutch users read them: € 61,50 and 31-12-2027.</summary>
public static class DutchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Money(decimal amount) => "€ " + amount.ToString("N2", Culture);

    public static string Money(decimal? amount) => amount is null ? "-" : Money(amount.Value);

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is null ? "-" : Date(date.Value);

    /// <summary>"a, b en c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1],
    };
}
