using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// "Mag ik MST langer dan een half jaar toewijzen?" against "maximaal 6 maanden": a question that asks for longer than
/// a period, read against the one maximum the quoted rule states. Ja when the period asked stays under the maximum,
/// nee when it reaches it; nothing when either side is not one plain period or the rule allows an extension or exception.
/// </summary>
internal static partial class DurationComparison
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["een"] = 1, ["één"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8,
        ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["achttien"] = 18, ["twintig"] = 20, ["vierentwintig"] = 24,
    };

    /// <returns>"Ja", "Nee", or null when the question asks no "langer dan" or the rule states no single maximum.</returns>
    public static string? Of(string question, string rule)
    {
        if (LongerThan().Match(question) is not { Success: true } asked || Days(asked.Groups["period"].Value) is not { } askedDays) return null;
        var periods = Period().Matches(rule).Select(m => Days(m.Value)).OfType<double>().Distinct().ToList();
        // "4 weken, eenmaal te verlengen met 4 weken": the maximum is not the last word.
        if (periods.Count != 1 || !Maximum().IsMatch(rule) || Extension().IsMatch(rule)) return null;
        return askedDays >= periods[0] ? "Nee" : "Ja";
    }

    private const double DaysPerYear = 365;

    /// <summary>A period in days, roughly (a month is a twelfth of a year, so a half year is six months): enough to compare weeks with months.</summary>
    private static double? Days(string period)
    {
        var match = Period().Match(period);
        if (!match.Success) return null;
        var count = match.Groups["half"].Success ? 0.5
            : int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : NumberWords.GetValueOrDefault(match.Groups["count"].Value);
        if (count <= 0) return null;
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var perUnit = unit.StartsWith("werkdag", StringComparison.Ordinal) ? 1.4
            : unit.StartsWith("dag", StringComparison.Ordinal) ? 1
            : unit.StartsWith("we", StringComparison.Ordinal) ? 7
            : unit.StartsWith("maand", StringComparison.Ordinal) ? DaysPerYear / 12
            : DaysPerYear;
        return count * perUnit;
    }

    [GeneratedRegex(@"\b(langer|meer) dan (?<period>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LongerThan();

    [GeneratedRegex(@"\b(?:(?<half>een half|half)|(?<count>\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|achttien|twintig|vierentwintig))\s+(?<unit>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|jaren|jaar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(verleng\w*|uitzondering|tenzij|behalve)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    [GeneratedRegex(@"\b(maximaal|maximale|maximum|ten hoogste|hoogstens|niet langer dan|uiterlijk|tot)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Maximum();
}
