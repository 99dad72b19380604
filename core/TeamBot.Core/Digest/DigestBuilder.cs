using Microsoft.Extensions.Options;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Questions.Statistics;
using TeamBot.Core.Regions;
using TeamBot.Core.Storage;
using TeamBot.Core.WireFormat;

namespace TeamBot.Core.Digest;

/// <summary>
/// Gathers one week's digest from the question log, the tickets, the region data and its import history, and the
/// uitvoeringsplannen. The same builder feeds `digest preview`, "digest nu" and the scheduled send.
/// </summary>
public sealed class DigestBuilder(
    IQuestionLog log,
    IEscalationStore escalations,
    IRegionStore region,
    IFaqStore standardAnswers,
    PlanActionsDue plans,
    RegionCalendar calendar,
    IOptions<DigestOptions> options,
    IOptions<QuestionStatisticsOptions> statisticsOptions)
{
    public const int TrendWeeks = 8;
    public const int TopCount = 5;
    public const int ListCount = 10;
    public const int ImportHistoryDepth = 50;
    private const string UnknownMunicipality = "onbekend";

    public async Task<WeeklyDigest> BuildAsync(IsoWeek week, DigestAudience audience, string? municipality = null, CancellationToken cancellationToken = default)
    {
        var sources = await ReadAsync(week, cancellationToken);
        var scope = new DigestScope(week, audience, audience == DigestAudience.Toegangen ? municipality : null);
        return audience == DigestAudience.Inkoopteam ? ForInkoopteam(sources, scope) : ForToegangen(sources, scope);
    }

    private async Task<DigestSources> ReadAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var trendStart = week.AddWeeks(-(TrendWeeks - 1)).Monday;
        var entries = await log.ListAsync(calendar.StartOf(trendStart), calendar.StartOf(week.Sunday.AddDays(1)), cancellationToken);
        var tickets = await escalations.ListAsync(state: null, cancellationToken);
        var data = await region.LoadAsync(cancellationToken);
        var imports = await region.GetImportHistoryAsync(ImportHistoryDepth, cancellationToken);
        var answered = (await standardAnswers.ListAsync(cancellationToken)).Select(f => f.QuestionKey).ToHashSet(StringComparer.Ordinal);
        return new DigestSources(entries, tickets, data, imports, answered);
    }

    private WeeklyDigest ForInkoopteam(DigestSources sources, DigestScope scope)
    {
        var thisWeek = sources.Entries.Where(e => scope.Contains(calendar.DateOf(e.AskedAt))).ToList();
        // A question that has a standard answer by now is answered next time: no longer a candidate.
        var unanswered = thisWeek.Where(e => IsUnanswered(e) && !sources.StandardAnswerKeys.Contains(FaqKey.Of(e.RedactedText))).ToList();
        var statistics = Statistics(sources, scope.Period);
        return Common(sources, scope, maxEndingDays: 180) with
        {
            Questions = Questions(statistics, Statistics(sources, scope.Previous).Total),
            Trend = Statistics(sources, scope.TrendPeriod).PerWeek.Select(w => new DigestWeekCount(w.Week, w.Questions)).ToList(),
            PerMunicipality = statistics.PerMunicipality.Select(m => new DigestMunicipalityCount(Named(m.Municipality), m.Questions, m.CaseQuestionsRedirected)).ToList(),
            TopProducts = DigestTopics.Products(thisWeek, sources.Data, TopCount),
            TopProviders = DigestTopics.Providers(thisWeek, TopCount),
            Unanswered = unanswered.Select(AsQuestion).TakeLast(ListCount).ToList(),
            UnansweredTotal = unanswered.Count,
            Feedback = new DigestFeedback(statistics.Feedback.Useful, statistics.Feedback.NotUseful,
                thisWeek.Where(e => e.Feedback == AnswerFeedback.NotUseful).Select(AsQuestion).TakeLast(ListCount).ToList()),
            TimeSaved = new DigestTimeSaved(statistics.TimeSaved.MinutesPerQuestion, statistics.TimeSaved.Hours),
            ActionsDue = plans.DueInQuarterOf(scope.Week.Sunday),
        };
    }

    private WeeklyDigest ForToegangen(DigestSources sources, DigestScope scope)
    {
        var own = scope.Municipality is { } name ? sources.Entries.Where(e => Same(e.AskerMunicipality, name)).ToList() : null;
        var statistics = own is null ? null : Statistics(sources with { Entries = own }, scope.Period);
        return Common(sources, scope, maxEndingDays: 90) with
        {
            Questions = statistics is null ? null : Questions(statistics, Statistics(sources with { Entries = own! }, scope.Previous).Total),
            PerMunicipality = statistics is null ? [] : [new DigestMunicipalityCount(scope.Municipality!, statistics.Total, statistics.CaseQuestionsRedirected)],
            UsefulAnswers = (own ?? sources.Entries)
                // Contract answers only: a casuïstiek answer is about one client, even redacted.
                .Where(e => scope.Contains(calendar.DateOf(e.AskedAt)) && e.Category == QuestionCategory.Contract
                            && e.Feedback == AnswerFeedback.Useful && e.AnswerText is { Length: > 0 })
                .Select(e => new DigestAnswer(e.Id, e.RedactedText, e.AnswerText!)).TakeLast(3).ToList(),
        };
    }

    /// <summary>What both audiences get: tickets, contracts that end, this week's changes (a toegang's only for its gemeente).</summary>
    private WeeklyDigest Common(DigestSources sources, DigestScope scope, int maxEndingDays) => new()
    {
        Week = scope.Week.ToString(),
        Audience = WireNames.Of(scope.Audience),
        Municipality = scope.Municipality,
        From = IsoWeek.DateText(scope.Week.Monday),
        To = IsoWeek.DateText(scope.Week.Sunday),
        Escalations = Escalations(sources.Tickets, scope),
        EndingContracts = DigestContracts.Ending(sources.Data, Min(calendar.Today, scope.DayAfter), maxEndingDays, scope.Municipality),
        Changes = DigestContracts.Changes(sources.Imports, scope.Period, calendar, scope.Municipality),
    };

    private QuestionStatistics Statistics(DigestSources sources, StatisticsPeriod period) =>
        QuestionStatisticsCalculator.Calculate(sources.Entries, sources.Tickets, period, calendar, DigestStatisticsOptions);

    private QuestionStatisticsOptions DigestStatisticsOptions => new()
    {
        MinutesPerQuestion = options.Value.MinutesPerQuestion,
        ResponseWorkingDays = statisticsOptions.Value.ResponseWorkingDays,
    };

    private static DigestQuestions Questions(QuestionStatistics statistics, int previousWeek) => new(
        statistics.Total,
        Count(statistics, QuestionCategory.Contract),
        Count(statistics, QuestionCategory.CaseQuestion),
        Count(statistics, QuestionCategory.Other),
        statistics.AnsweredAtOnce.Answered,
        statistics.AnsweredAtOnce.SharePercent,
        previousWeek);

    private static int Count(QuestionStatistics statistics, QuestionCategory category) =>
        statistics.PerCategory.Single(c => c.Category == category).Questions;

    /// <summary>Open at the end of the week, and of those the ones past the norm in werkdagen by then.</summary>
    private DigestEscalations Escalations(IReadOnlyList<EscalationTicket> tickets, DigestScope scope)
    {
        var end = calendar.StartOf(scope.DayAfter);
        var open = tickets.Where(t => t.State == EscalationState.Open && t.OpenedAt < end)
            .Where(t => scope.Municipality is null || Same(t.AskerMunicipality, scope.Municipality)).ToList();
        var norm = statisticsOptions.Value.ResponseWorkingDays;
        return new DigestEscalations(open.Count, open.Count(t => calendar.WorkingDaysBetween(t.OpenedAt, end.AddTicks(-1)) > norm)) { NormWorkingDays = norm };
    }

    private static bool IsUnanswered(QuestionLogEntry entry) =>
        entry.Category == QuestionCategory.Contract && (entry.Escalate || entry.Outcome is QuestionOutcome.Unanswered or QuestionOutcome.Escalated);

    private static DigestQuestion AsQuestion(QuestionLogEntry entry) => new(entry.Id, entry.RedactedText, entry.ActionToken);

    private static string Named(string municipality) => municipality == QuestionLogEntry.UnknownMunicipality ? UnknownMunicipality : municipality;

    /// <summary>Days until an einddatum count from today, or for a week long past from the Monday after it.</summary>
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private sealed record DigestSources(
        IReadOnlyList<QuestionLogEntry> Entries,
        IReadOnlyList<EscalationTicket> Tickets,
        RegionData Data,
        IReadOnlyList<Regions.Import.ImportRecord> Imports,
        IReadOnlySet<string> StandardAnswerKeys);
}
