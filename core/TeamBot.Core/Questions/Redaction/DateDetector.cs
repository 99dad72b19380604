using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// Finds full dates. A date of birth is always personal; any other full date only in casuïstiek, where it
/// dates one client's life. In a contract question ("einddatum 31-12-2027") dates stay. A year alone or a
/// month with a year is never redacted.
/// </summary>
internal static class DateDetector
{
    private const int BirthCueReach = 30;

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "ma", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    /// <summary>The full dates not yet claimed by another detector, reserved so no name is read into them.</summary>
    public static List<DateCandidate> FindCandidates(string text, SpanClaims claims)
    {
        var candidates = new List<DateCandidate>();
        List<int>? birthCueEnds = null;
        foreach (Match match in RedactionPatterns.Date().Matches(text))
        {
            if (!IsCalendarDate(match) || !claims.IsFree(match.Index, match.Length)) continue;
            birthCueEnds ??= BirthCueEnds(text);
            candidates.Add(new DateCandidate(match.Index, match.Length, FollowsBirthCue(text, birthCueEnds, match.Index)));
            claims.Reserve(match.Index, match.Length);
        }
        return candidates;
    }

    public static void Claim(IEnumerable<DateCandidate> candidates, SpanClaims claims, bool isCaseQuestion)
    {
        foreach (var date in candidates)
            if (date.IsBirthDate || isCaseQuestion)
                claims.TryClaim(PersonalDataKind.Date, date.Start, date.Length);
    }

    private static bool IsCalendarDate(Match match)
    {
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var month = match.Groups["monthName"].Success
            ? MonthNumber(match.Groups["monthName"].Value)
            : int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
        var year = match.Groups["year"].ValueSpan;
        var yearFits = year.Length == 2 || year[0] is '1' or '2';
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 && yearFits;
    }

    private static int MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("mr", StringComparison.Ordinal)) return 3;
        return Array.FindIndex(MonthPrefixes, prefix => lower.StartsWith(prefix, StringComparison.Ordinal)) + 1;
    }

    private static List<int> BirthCueEnds(string text)
    {
        var ends = new List<int>();
        foreach (var match in RedactionPatterns.BirthCue().EnumerateMatches(text))
            ends.Add(match.Index + match.Length);
        return ends;
    }

    /// <summary>"geboren op 12-03-2011", "geb. 12-03-2011", "geboortedatum: 2011-03-12": the cue shortly before, in the same sentence.</summary>
    private static bool FollowsBirthCue(string text, List<int> cueEnds, int dateStart)
    {
        foreach (var end in cueEnds)
        {
            if (end > dateStart || dateStart - end > BirthCueReach) continue;
            if (text.AsSpan(end, dateStart - end).IndexOfAny(".!?\n") < 0) return true;
        }
        return false;
    }
}
