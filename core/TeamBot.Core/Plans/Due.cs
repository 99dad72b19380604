using System.Globalization;
using System.Text.RegularExpressions;
using TeamBot.Core.Formatting;

namespace TeamBot.Core.Plans;

/// <summary>
/// When an actie is gereed: "doorlopend", a date, a quarter ("Q2 2021", "2e kwartaal"), a year, or free text
/// such as "medio 2021". <see cref="Text"/> is how it reads in Dutch.
/// </summary>
public sealed partial record Due(DueKind Kind, string Text, DateOnly? Date = null, int? Quarter = null, int? Year = null)
{
    public override string ToString() => Text;

    /// <summary>Reads what a plan writes; fails only on a date or quarter that cannot exist.</summary>
    public static bool TryParse(string written, out Due due, out string? error)
    {
        var text = written.Trim();
        due = new Due(DueKind.Text, text);
        error = null;
        if (text.Equals("doorlopend", StringComparison.OrdinalIgnoreCase))
            due = new Due(DueKind.Ongoing, "Doorlopend");
        else if (QuarterPattern().Match(text) is { Success: true } quarter)
            return TryQuarter(text, quarter, out due, out error);
        else if (YearPattern().IsMatch(text))
            due = new Due(DueKind.Year, text, Year: int.Parse(text, CultureInfo.InvariantCulture));
        else if (DatePattern().IsMatch(text))
            return TryDate(text, out due, out error);
        return true;
    }

    private static bool TryQuarter(string text, Match match, out Due due, out string? error)
    {
        var number = int.Parse(match.Groups["q1"].Success ? match.Groups["q1"].Value : match.Groups["q2"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        due = new Due(DueKind.Text, text);
        error = null;
        if (number is < 1 or > 4)
        {
            error = $"'{text}' is geen kwartaal; een jaar heeft het 1e tot en met het 4e kwartaal (Q1 tot en met Q4).";
            return false;
        }
        var display = DutchFormat.Quarter(number) + (year is null ? "" : $" {year}");
        due = new Due(DueKind.Quarter, display, Quarter: number, Year: year);
        return true;
    }

    private static bool TryDate(string text, out Due due, out string? error)
    {
        due = new Due(DueKind.Text, text);
        error = null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            due = new Due(DueKind.Date, DutchFormat.LongDate(iso), Date: iso, Year: iso.Year);
        else if (DateOnly.TryParseExact(text, "d-M-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dutch))
            due = new Due(DueKind.Date, text, Date: dutch, Year: dutch.Year); // kept as written: the seeds print 1-1-2022
        else
        {
            error = $"'{text}' is geen bestaande datum; schrijf dd-mm-jjjj, bijvoorbeeld 1-1-2022.";
            return false;
        }
        return true;
    }

    [GeneratedRegex(@"^(?:[Qq](?<q1>\d)|(?<q2>\d+)\s*e\s+kwartaal)(?:\s+(?<year>\d{4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})$")]
    private static partial Regex DatePattern();
}
