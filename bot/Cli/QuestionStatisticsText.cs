using System.Globalization;
using System.Text;
using TeamBot.Core.Formatting;
using TeamBot.Core.Questions.Statistics;

namespace TeamBot.Bot.Cli;

/// <summary>What `log stats` prints: the rows of <see cref="QuestionStatisticsTable"/>, one block per onderdeel, numbers aligned.</summary>
internal static class QuestionStatisticsText
{
    public static string Render(QuestionStatistics figures)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Vragen van toegangen, {DutchFormat.Date(figures.Period.From)} tot en met {DutchFormat.Date(figures.Period.To)}");
        if (!figures.HasQuestions) text.AppendLine("Geen vragen in deze periode.");
        var rows = QuestionStatisticsTable.Rows(figures).Select(r => (r.Part, Cells: new[] { r.Key, Value(r.Value) })).ToList();
        // One set of widths for every block, so the numbers stand in one column down the page.
        var widths = TextColumns.Widths(rows.Select(r => r.Cells).ToList());
        foreach (var part in rows.GroupBy(r => r.Part))
        {
            text.AppendLine().AppendLine(part.Key);
            TextColumns.Append(text, part.Select(r => r.Cells).ToList(), widths, indent: "  ");
        }
        return text.ToString();
    }

    /// <summary>"1.234", "80,5"; "-" where nothing could be measured.</summary>
    private static string Value(decimal? value) => value is { } number ? DutchFormat.Number(number) : "-";
}
