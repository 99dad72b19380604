namespace TeamBot.Core.Digest;

/// <summary>
/// The three charts of the inkoopteam digest as Teams chart data (Chart.Line, Chart.Donut, Chart.VerticalBar), each
/// with the same figures as one line of text for clients that draw no charts.
/// </summary>
public static class DigestCharts
{
    /// <summary>Keeps a label with its number when a narrow client wraps the fallback line.</summary>
    private const char NoBreak = '\u00A0';

    public static object For(WeeklyDigest digest)
    {
        var questions = digest.Questions!;
        var trend = digest.Trend ?? [];
        var trendTitle = $"Vragen per week, laatste {trend.Count} weken";
        return new
        {
            Trend = new
            {
                Title = trendTitle,
                Data = new[] { new { Legend = "Vragen", Values = trend.Select(w => new { X = WeekLabel(w.Week), Y = w.Total }).ToList() } },
                Fallback = Fallback(trendTitle, trend.Select(w => (WeekLabel(w.Week), w.Total))),
            },
            Kinds = new
            {
                Title = "Soort vragen",
                Data = new[]
                {
                    new { Legend = "Contract", Value = questions.Contract },
                    new { Legend = "Casuïstiek", Value = questions.CaseQuestions },
                    new { Legend = "Overig", Value = questions.Other },
                },
                Fallback = Fallback("Soort vragen", [("contract", questions.Contract), ("casuïstiek", questions.CaseQuestions), ("overig", questions.Other)]),
            },
            Municipalities = new
            {
                Title = "Vragen per gemeente",
                Data = digest.PerMunicipality.Select(m => new { X = m.Municipality, Y = m.Total }).ToList(),
                Fallback = Fallback("Vragen per gemeente", digest.PerMunicipality.Select(m => (m.Municipality, m.Total))),
            },
        };
    }

    /// <summary>The chart's title and its figures as one line: "Soort vragen: contract 30 · casuïstiek 8 · overig 4".</summary>
    private static string Fallback(string title, IEnumerable<(string Label, int Value)> figures) =>
        $"{title}: " + string.Join(" · ", figures.Select(f => $"{f.Label}{NoBreak}{f.Value}"));

    /// <summary>"W49" for "2026-W49": short enough for an axis.</summary>
    private static string WeekLabel(string week) => "W" + week[^2..];

}
