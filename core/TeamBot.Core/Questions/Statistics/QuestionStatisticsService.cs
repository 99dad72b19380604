using Microsoft.Extensions.Options;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Statistics;

/// <summary>The figures of the question log for a period, for `log stats`, the Excel export and the evaluatie.</summary>
public sealed class QuestionStatisticsService(
    IQuestionLog log, IEscalationStore escalations, RegionCalendar calendar, IOptions<QuestionStatisticsOptions> options)
{
    public async Task<QuestionStatistics> CalculateAsync(StatisticsPeriod period, CancellationToken cancellationToken = default)
    {
        var entries = await log.ListAsync(calendar.StartOf(period.From), calendar.StartOf(period.To.AddDays(1)), cancellationToken);
        return await CalculateAsync(entries, period, cancellationToken);
    }

    /// <summary>For entries already read (the export), so the sheet of figures and the sheet of questions agree.</summary>
    public async Task<QuestionStatistics> CalculateAsync(IReadOnlyList<QuestionLogEntry> entries, StatisticsPeriod period, CancellationToken cancellationToken = default)
    {
        var tickets = await escalations.ListAsync(state: null, cancellationToken);
        return QuestionStatisticsCalculator.Calculate(entries, tickets, period, calendar, options.Value);
    }
}
