using System.Globalization;
using System.Text.RegularExpressions;
using TeamBot.Core.Language;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// The filters a question sets that are no region entity: the law ("Wmo", "Jeugdwet"), the uitvoeringsvariant
/// and the window an einddatum should fall in.
/// </summary>
internal static partial class QuestionSlots
{
    private static readonly string[] Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] YouthCompounds = ["jeugdwet", "jeugdhulpproduct", "jeugdhulpcontract", "jeugdcontract", "jeugdproduct", "jeugdzorgcontract", "jeugdzorgproduct"];

    public static string? Law(IReadOnlyList<string> tokens)
    {
        var wmo = tokens.Any(t => t.StartsWith("wmo", StringComparison.Ordinal));
        // "jeugdhulpproducten", "jeugdcontracten": the Jeugdwet side of the region; "jeugd" alone names products of both.
        var youth = tokens.Any(t => t is "jeugdwet" or "jw" || YouthCompounds.Any(c => t.StartsWith(c, StringComparison.Ordinal)));
        return wmo == youth ? null : wmo ? "Wmo" : "Jeugdwet";
    }

    public static bool MentionsMaxEndDate(IReadOnlyList<string> tokens) =>
        tokens.Any(t => t is "maxeinddatum") || tokens.Zip(tokens.Skip(1)).Any(p => p.First is "max" or "maximale" or "uiterste" && p.Second is "einddatum" or "looptijd");

    /// <summary>Whether a product falls under the law a question named: "Wmo" covers "Wmo 2015".</summary>
    public static bool IsUnder(Product? product, string law) => product?.IsUnder(law) == true;

    /// <summary>The uitvoeringsvariant named; "strategische partners" are the aanbieders of the taakgerichte variant.</summary>
    public static DeliveryModel? DeliveryModel(IReadOnlyList<string> tokens) =>
        tokens.Select(t => t.EndsWith('e') ? t[..^1] : t)
            .Select(t => t is "taakgericht" or "outputgericht" or "inspanningsgericht" ? DeliveryModelNames.Parse(t) : null)
            .FirstOrDefault(model => model is not null)
        ?? (tokens.Zip(tokens.Skip(1)).Any(p => p.First.StartsWith("strategisch", StringComparison.Ordinal) && p.Second.StartsWith("partner", StringComparison.Ordinal))
            ? Regions.DeliveryModel.TaskBased : null);

    /// <summary>
    /// The law an age group implies when no law is named: "kinderen" and "jongeren" get jeugdhulp, "volwassenen" and
    /// "ouderen" Wmo support. Only lists by doelgroep use it; a product named says more.
    /// </summary>
    public static string? ImpliedLaw(IReadOnlyList<string> tokens) =>
        tokens.Any(t => t is "kind" or "kinderen" or "jongeren" or "jongere" or "jeugdigen" or "jeugdige" or "pubers" or "tieners") ? "Jeugdwet"
        : tokens.Any(t => t is "volwassenen" or "volwassene" or "ouderen" or "senioren") ? "Wmo"
        : null;

    /// <summary>The window an einddatum is asked in, or null when the question sets none.</summary>
    public static DateWindow? EndWindow(string question, DateOnly today)
    {
        var text = " " + TextFolding.Words(question) + " ";
        if (BeforeDate().Match(question) is { Success: true } before && ParseDate(before.Groups["date"].Value) is { } day)
            return DateWindow.Before(today, day);
        if (BeforeMonth().Match(text) is { Success: true } beforeMonth)
            return DateWindow.Before(today, new DateOnly(Year(beforeMonth.Groups["year"].Value), MonthNumber(beforeMonth.Groups["month"].Value), 1));
        if (EndOfYear().Match(text) is { Success: true } endOf)
            return DateWindow.Until(today, new DateOnly(endOf.Groups["year"].Success ? Year(endOf.Groups["year"].Value) : today.Year, 12, 31),
                $"vóór het einde van {(endOf.Groups["year"].Success ? endOf.Groups["year"].Value : today.Year.ToString(CultureInfo.InvariantCulture))}");
        if (BeforeYear().Match(text) is { Success: true } beforeYear)
            return DateWindow.Before(today, new DateOnly(Year(beforeYear.Groups["year"].Value), 1, 1));
        if (WithinMonths().Match(text) is { Success: true } within)
        {
            var months = within.Groups["half"].Success ? 6 : within.Groups["year"].Success ? 12 : CountOf(within.Groups["count"].Value);
            return DateWindow.Until(today, today.AddMonths(months), $"binnen {months} maanden");
        }
        if (text.Contains(" dit jaar ", StringComparison.Ordinal)) return DateWindow.Year(today.Year);
        if (text.Contains(" volgend jaar ", StringComparison.Ordinal) || text.Contains(" komend jaar ", StringComparison.Ordinal)) return DateWindow.Year(today.Year + 1);
        if (InYear().Match(text) is { Success: true } inYear) return DateWindow.Year(Year(inYear.Groups["year"].Value));
        return null;
    }

    /// <summary>A day ahead the question asks about ("vanaf 2027", "per 01-04-2027", "volgend jaar"), or null for today.</summary>
    public static DateOnly? AsOf(string question, DateOnly today)
    {
        var text = " " + TextFolding.Words(question) + " ";
        DateOnly? day = FromDate().Match(question) is { Success: true } date ? ParseDate(date.Groups["date"].Value)
            : FromYear().Match(text) is { Success: true } year ? new DateOnly(Year(year.Groups["year"].Value) + (year.Groups["after"].Success ? 1 : 0), 1, 1)
            : text.Contains(" volgend jaar ", StringComparison.Ordinal) || text.Contains(" komend jaar ", StringComparison.Ordinal) ? new DateOnly(today.Year + 1, 1, 1)
            : null;
        return day > today ? day : null;
    }

    [GeneratedRegex(@"(?:vanaf|per|na|op)\s+(?<date>\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FromDate();

    [GeneratedRegex(@" (?:(?<after>na)|vanaf|per|in|tijdens|begin|start) (?:1 januari )?(?<year>20\d\d) ")]
    private static partial Regex FromYear();

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Replace('/', '-').Replace('.', '-'), ["d-M-yyyy", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    // "mrt" is how March is shortened; every other short form starts the month's name.
    private static int MonthNumber(string name) => name == "mrt" ? 3 : Array.FindIndex(Months, m => m.StartsWith(name, StringComparison.Ordinal)) + 1;

    private static int CountOf(string text) => text switch
    {
        "een" => 1, "twee" => 2, "drie" => 3, "vier" => 4, "vijf" => 5, "zes" => 6, "negen" => 9, "twaalf" => 12,
        _ => int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 60) : 6,
    };

    [GeneratedRegex(@"(?:v[oó]{1,2}r|uiterlijk|tot)\s+(?<date>\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeDate();

    [GeneratedRegex(@" (?:voor|tot) (?:1 )?(?<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec) (?<year>20\d\d) ")]
    private static partial Regex BeforeMonth();

    [GeneratedRegex(@" (?:voor|tot|uiterlijk) (?:het )?(?:einde?|eind) (?:van )?(?:(?:dit|het) jaar|(?<year>20\d\d)) ")]
    private static partial Regex EndOfYear();

    [GeneratedRegex(@" (?:voor|tot) (?:1 januari )?(?<year>20\d\d) ")]
    private static partial Regex BeforeYear();

    [GeneratedRegex(@" (?:binnen|komende|de komende|in de komende|over) (?:(?<half>een half jaar|half jaar)|(?<year>een jaar|jaar)|(?<count>\d{1,2}|een|twee|drie|vier|vijf|zes|negen|twaalf) maand(?:en)?) ")]
    private static partial Regex WithinMonths();

    [GeneratedRegex(@" (?:in|eind|einde|per|tijdens|gedurende|van|t m|tot en met)? ?(?<year>20[2-4]\d) ")]
    private static partial Regex InYear();
}
