using MiniExcelLibs;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Statistics;
using TeamBot.Core.Regions;
using TeamBot.Core.WireFormat;

namespace TeamBot.Core.Questions.Log;

/// <summary>
/// The question log as an Excel workbook: every question, counts per week, gemeente and category, and the evaluatie's
/// figures of the period as one long table (Van, Tot, Onderdeel, Sleutel, Waarde) to pivot.
/// </summary>
public static class QuestionLogWorkbook
{
    public const string QuestionsSheet = "Vragen";
    public const string WeeklySheet = "Per week";
    public const string FiguresSheet = "Cijfers";

    /// <param name="figures">The figures of <paramref name="entries"/>' period (<see cref="QuestionStatisticsService"/>).</param>
    public static byte[] Build(IReadOnlyList<QuestionLogEntry> entries, QuestionStatistics figures, RegionCalendar calendar)
    {
        var sheets = new Dictionary<string, object>
        {
            [QuestionsSheet] = entries.Select(e => QuestionRow(e, calendar)).ToList(),
            [WeeklySheet] = WeeklyRows(entries, calendar),
            [FiguresSheet] = FigureRows(figures),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> QuestionRow(QuestionLogEntry e, RegionCalendar calendar) => new()
    {
        ["Gesteld op"] = calendar.ToRegion(e.AskedAt).DateTime,
        ["Vraag (zonder persoonsgegevens)"] = e.RedactedText,
        ["Categorie"] = e.Category.ToWireName(),
        ["Zekerheid"] = Math.Round(e.Confidence, 3),
        ["Intentie"] = e.Intent,
        ["Uitkomst"] = WireNames.Of<QuestionOutcome>(e.Outcome),
        ["Bronnen"] = string.Join("; ", e.Sources.Select(s => s.Section is null ? s.Title : $"{s.Title}, {s.Section}")),
        ["Vrager (pseudoniem)"] = e.AskerPseudonym,
        ["Gemeente"] = e.AskerMunicipality,
        ["Kanaal"] = e.Channel,
        ["Reactietijd (ms)"] = Math.Round(e.LatencyMilliseconds, 1),
        ["Feedback"] = e.Feedback is { } feedback ? WireNames.Of<AnswerFeedback>(feedback) : null,
        ["Escalatie"] = e.EscalationState is { } state ? WireNames.Of<EscalationState>(state) : null,
    };

    private static List<Dictionary<string, object?>> WeeklyRows(IReadOnlyList<QuestionLogEntry> entries, RegionCalendar calendar)
    {
        var rows = entries
            .GroupBy(e => (Week: calendar.IsoWeek(e.AskedAt), Municipality: e.AskerMunicipality ?? QuestionLogEntry.UnknownMunicipality, Category: e.Category.ToWireName()))
            .OrderBy(g => g.Key.Week, StringComparer.Ordinal).ThenBy(g => g.Key.Municipality, StringComparer.Ordinal).ThenBy(g => g.Key.Category, StringComparer.Ordinal)
            .Select(g => new Dictionary<string, object?>
            {
                ["Week"] = g.Key.Week,
                ["Gemeente"] = g.Key.Municipality,
                ["Categorie"] = g.Key.Category,
                ["Aantal"] = g.Count(),
            })
            .ToList();
        return rows.Count > 0 ? rows : [new() { ["Week"] = null, ["Gemeente"] = null, ["Categorie"] = null, ["Aantal"] = null }];
    }

    /// <summary>The period on every row, so the figures of several exports can be pasted under each other and still pivot.</summary>
    private static List<Dictionary<string, object?>> FigureRows(QuestionStatistics figures)
    {
        var from = figures.Period.From.ToDateTime(TimeOnly.MinValue);
        var to = figures.Period.To.ToDateTime(TimeOnly.MinValue);
        return QuestionStatisticsTable.Rows(figures).Select(row => new Dictionary<string, object?>
        {
            ["Van"] = from,
            ["Tot en met"] = to,
            ["Onderdeel"] = row.Part,
            ["Sleutel"] = row.Key,
            ["Waarde"] = row.Value,
        }).ToList();
    }
}
