using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Statistics;

/// <summary>
/// Reckons the <see cref="QuestionStatistics"/> of a period from the (redacted) question log and the escalation tickets.
/// Pure: the same entries, tickets and clock give the same figures. Entries asked outside the period are left out.
/// </summary>
public static class QuestionStatisticsCalculator
{
    public static QuestionStatistics Calculate(
        IReadOnlyList<QuestionLogEntry> entries,
        IReadOnlyList<EscalationTicket> tickets,
        StatisticsPeriod period,
        RegionCalendar calendar,
        QuestionStatisticsOptions options)
    {
        var inPeriod = entries.Where(e => period.Contains(calendar.DateOf(e.AskedAt))).ToList();
        var ids = inPeriod.Select(e => e.Id).ToHashSet();
        var ticketed = tickets.Where(t => ids.Contains(t.QuestionLogId)).ToList();
        var questions = Questions(inPeriod, ticketed.Select(t => t.QuestionLogId).ToHashSet());
        var atOnce = AtOnce(questions);
        return new QuestionStatistics(
            period,
            questions.Count,
            PerCategory(questions),
            PerMunicipality(questions),
            PerWeek(questions, period, calendar),
            questions.Count(q => IsRedirectedCaseQuestion(q.Answer)),
            atOnce,
            Escalations(ticketed, calendar, options.ResponseWorkingDays),
            Feedback(inPeriod),
            new QuestionStatistics.TimeSavedFigures(options.MinutesPerQuestion, Round(atOnce.Answered * options.MinutesPerQuestion / 60m)));
    }

    /// <summary>A question as asked, with the answer that stands for it and whether it ever went to the inkoopteam.</summary>
    private sealed record Question(QuestionLogEntry Asked, QuestionLogEntry Answer, bool Escalated);

    /// <summary>
    /// One per question: an entry that answers another again as a contract question (its asker pressed "dit is toch een
    /// contractvraag") replaces that one; such an entry whose original was asked before the period belongs to that earlier period.
    /// </summary>
    private static List<Question> Questions(IReadOnlyList<QuestionLogEntry> entries, HashSet<long> ticketed)
    {
        var ids = entries.Select(e => e.Id).ToHashSet();
        var redone = entries.Where(e => e.OverrideOf is { } original && ids.Contains(original))
            .GroupBy(e => e.OverrideOf!.Value).ToDictionary(g => g.Key, g => g.First());
        bool Escalated(QuestionLogEntry e) => e.EscalationState is not null || ticketed.Contains(e.Id);
        return entries.Where(e => e.OverrideOf is null)
            .Select(asked => redone.TryGetValue(asked.Id, out var answer)
                ? new Question(asked, answer, Escalated(asked) || Escalated(answer))
                : new Question(asked, asked, Escalated(asked)))
            .ToList();
    }

    private static List<QuestionStatistics.CategoryCount> PerCategory(List<Question> questions) =>
        Enum.GetValues<QuestionCategory>()
            .Select(category => new QuestionStatistics.CategoryCount(category, questions.Count(q => q.Answer.Category == category)))
            .ToList();

    private static List<QuestionStatistics.MunicipalityCount> PerMunicipality(List<Question> questions) =>
        questions.GroupBy(q => q.Asked.AskerMunicipality ?? QuestionLogEntry.UnknownMunicipality)
            .OrderBy(g => g.Key == QuestionLogEntry.UnknownMunicipality).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new QuestionStatistics.MunicipalityCount(g.Key, g.Count(), g.Count(q => IsRedirectedCaseQuestion(q.Answer))))
            .ToList();

    /// <summary>Every week of the period, so a week without questions shows as 0 in a chart or pivot.</summary>
    private static List<QuestionStatistics.WeekCount> PerWeek(List<Question> questions, StatisticsPeriod period, RegionCalendar calendar)
    {
        var counts = questions.CountBy(q => calendar.IsoWeek(q.Asked.AskedAt)).ToDictionary();
        var weeks = new List<QuestionStatistics.WeekCount>();
        for (var day = period.From; day <= period.To; day = day.AddDays(1))
        {
            var week = RegionCalendar.IsoWeek(day);
            if (weeks.Count == 0 || weeks[^1].Week != week) weeks.Add(new QuestionStatistics.WeekCount(week, counts.GetValueOrDefault(week)));
        }
        return weeks;
    }

    private static QuestionStatistics.AtOnceFigures AtOnce(List<Question> questions)
    {
        var substantive = questions.Count(q => q.Answer.Category != QuestionCategory.Other);
        var answered = questions.Count(q => !q.Escalated && SubstantiveAnswer.Is(q.Answer.Category, q.Answer.Outcome, q.Answer.Escalate));
        return new QuestionStatistics.AtOnceFigures(substantive, answered, Share(answered, substantive));
    }

    private static QuestionStatistics.EscalationFigures Escalations(List<EscalationTicket> tickets, RegionCalendar calendar, int norm)
    {
        var answerDays = tickets.Select(t => t.AnswerWorkingDays(calendar)).OfType<int>().Order().ToList();
        var open = tickets.Where(t => t.State == EscalationState.Open).ToList();
        var withinNorm = answerDays.Count(days => days <= norm);
        return new QuestionStatistics.EscalationFigures(
            tickets.Count,
            answerDays.Count,
            withinNorm,
            Share(withinNorm, answerDays.Count),
            open.Count,
            open.Count(t => t.IsOverdue(calendar, norm)),
            norm,
            Median(answerDays),
            answerDays.Count == 0 ? null : Round((decimal)answerDays.Average()));
    }

    /// <summary>Feedback is given on the entry the asker saw, so every entry of the period counts, also one that was redone.</summary>
    private static QuestionStatistics.FeedbackFigures Feedback(List<QuestionLogEntry> entries) => new(
        entries.Count(e => e.Feedback == AnswerFeedback.Useful),
        entries.Count(e => e.Feedback == AnswerFeedback.NotUseful),
        entries.Count(e => e.Feedback == AnswerFeedback.Override));

    private static bool IsRedirectedCaseQuestion(QuestionLogEntry answer) =>
        answer is { Category: QuestionCategory.CaseQuestion, Outcome: QuestionOutcome.Redirected };

    /// <param name="sorted">In ascending order.</param>
    private static decimal? Median(List<int> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2m,
    };

    /// <summary>80.5 for 80,5%; null when there is nothing to take a share of.</summary>
    private static decimal? Share(int part, int whole) => whole == 0 ? null : Round(100m * part / whole);

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
