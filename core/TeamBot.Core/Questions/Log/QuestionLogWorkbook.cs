using MiniExcelLibs;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Regions;
using TeamBot.Core.WireFormat;

namespace TeamBot.Core.Questions.Log;

/// <summary>The question log as an Excel workbook: every question, and counts per week, gemeente and category.</summary>
public static class QuestionLogWorkbook
{
    public const string QuestionsSheet = "Vragen";
    public const string WeeklySheet = "Per week";

    public static byte[] Build(IReadOnlyList<QuestionLogEntry> entries, RegionCalendar calendar)
    {
        var sheets = new Dictionary<string, object>
        {
            [QuestionsSheet] = entries.Select(e => QuestionRow(e, calendar)).ToList(),
            [WeeklySheet] = WeeklyRows(entries, calendar),
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
            .GroupBy(e => (Week: calendar.IsoWeek(e.AskedAt), Municipality: e.AskerMunicipality ?? "(onbekend)", Category: e.Category.ToWireName()))
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
}
