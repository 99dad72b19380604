using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Questions.Statistics;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions.Statistics;

/// <summary>
/// Figures reckoned by hand from a fortnight of hand-made log entries: Monday 16 to Sunday 29 November 2026 (ISO weeks
/// 47 and 48), looked at on Tuesday 1 December. Times are Amsterdam's (+01:00).
/// </summary>
public sealed class QuestionStatisticsCalculatorTests
{
    private static readonly StatisticsPeriod Fortnight = new(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 29));
    private static readonly DateTimeOffset Now = At("2026-12-01 12:00");

    private static readonly QuestionLogEntry[] Entries =
    [
        Entry(1, "2026-11-16 10:00", QuestionCategory.Contract, QuestionOutcome.Answered, "Heerlen", feedback: AnswerFeedback.Useful),
        // Answered by TeamBot, yet the asker still sent it to the inkoopteam: not answered at once.
        Entry(2, "2026-11-17 10:00", QuestionCategory.Contract, QuestionOutcome.Answered, "Heerlen", escalation: EscalationState.Answered),
        Entry(3, "2026-11-18 10:00", QuestionCategory.CaseQuestion, QuestionOutcome.Redirected, "Beek", feedback: AnswerFeedback.NotUseful),
        // Redirected as casuïstiek, then answered again as a contract question (entry 5): one contract question.
        Entry(4, "2026-11-19 10:00", QuestionCategory.CaseQuestion, QuestionOutcome.Redirected, "Beek", feedback: AnswerFeedback.Override),
        Entry(5, "2026-11-19 10:05", QuestionCategory.Contract, QuestionOutcome.Answered, "Beek", overrideOf: 4),
        Entry(6, "2026-11-23 09:00", QuestionCategory.Contract, QuestionOutcome.Unanswered, null, escalate: true, escalation: EscalationState.Open),
        Entry(7, "2026-11-24 09:00", QuestionCategory.Other, QuestionOutcome.Answered, "Heerlen"),
        Entry(8, "2026-11-16 09:00", QuestionCategory.Contract, QuestionOutcome.Answered, "Maastricht", escalation: EscalationState.Closed),
        // Sunday 23:30 in Maastricht (22:30 UTC): still in the period.
        Entry(11, "2026-11-29 23:30", QuestionCategory.Contract, QuestionOutcome.Answered, "Vaals"),
        // Outside the period: a day before it, Monday 00:30 in Maastricht (still Sunday in UTC), and a redo of a question asked before it.
        Entry(9, "2026-11-15 16:00", QuestionCategory.Contract, QuestionOutcome.Answered, "Heerlen", escalation: EscalationState.Answered),
        Entry(10, "2026-11-30 00:30", QuestionCategory.Contract, QuestionOutcome.Answered, "Vaals"),
        Entry(12, "2026-11-17 11:00", QuestionCategory.Contract, QuestionOutcome.Answered, "Heerlen", overrideOf: 9),
    ];

    private static readonly EscalationTicket[] Tickets =
    [
        // Friday 16:00 to Monday 09:00: three days, one werkdag.
        Ticket(1, questionId: 2, opened: "2026-11-20 16:00", answered: "2026-11-23 09:00"),
        // Open since Monday 23 November: six werkdagen by Tuesday 1 December, longer than the norm.
        Ticket(2, questionId: 6, opened: "2026-11-23 09:00", answered: null),
        // Monday 16 to Tuesday 24 November: six werkdagen.
        Ticket(3, questionId: 8, opened: "2026-11-16 09:30", answered: "2026-11-24 11:00", state: EscalationState.Closed),
        Ticket(4, questionId: 9, opened: "2026-11-15 16:30", answered: "2026-11-16 09:00"),
    ];

    [Fact]
    public void Each_question_of_the_period_counts_once_per_category_gemeente_and_week()
    {
        var figures = Calculate();

        Assert.Equal(8, figures.Total);
        Assert.Equal(
            [(QuestionCategory.Contract, 6), (QuestionCategory.CaseQuestion, 1), (QuestionCategory.Other, 1)],
            figures.PerCategory.Select(c => (c.Category, c.Questions)));
        Assert.Equal(
            [("Beek", 2, 1), ("Heerlen", 3, 0), ("Maastricht", 1, 0), ("Vaals", 1, 0), ("(onbekend)", 1, 0)],
            figures.PerMunicipality.Select(m => (m.Municipality, m.Questions, m.CaseQuestionsRedirected)));
        Assert.Equal([("2026-W47", 5), ("2026-W48", 3)], figures.PerWeek.Select(w => (w.Week, w.Questions)));
        Assert.Equal(1, figures.CaseQuestionsRedirected);
    }

    [Fact]
    public void Answered_at_once_means_settled_without_escalation_out_of_the_contract_and_casuistiek_questions()
    {
        var figures = Calculate();

        // 7 questions are not small talk; 1, 3, 4 (redone as contract) and 11 were settled at once.
        Assert.Equal(new QuestionStatistics.AtOnceFigures(7, 4, 57.1m), figures.AnsweredAtOnce);
        Assert.Equal(new QuestionStatistics.TimeSavedFigures(20, 1.3m), figures.TimeSaved);
    }

    [Fact]
    public void Escalations_are_measured_in_werkdagen_against_the_norm_with_the_open_ones_apart()
    {
        var figures = Calculate();

        Assert.Equal(
            new QuestionStatistics.EscalationFigures(
                Escalated: 3, Answered: 2, AnsweredWithinNorm: 1, AnsweredWithinNormPercent: 50m, Open: 1, OpenOverdue: 1,
                NormWorkingDays: 5, MedianWorkingDays: 3.5m, AverageWorkingDays: 3.5m),
            figures.Escalations);
    }

    [Fact]
    public void Feedback_counts_every_verdict_given_in_the_period()
    {
        Assert.Equal(new QuestionStatistics.FeedbackFigures(Useful: 1, NotUseful: 1, CorrectedToContract: 1), Calculate().Feedback);
    }

    [Fact]
    public void Minutes_per_question_and_the_norm_come_from_the_options()
    {
        var figures = Calculate(new QuestionStatisticsOptions { MinutesPerQuestion = 30, ResponseWorkingDays = 6 });

        Assert.Equal(2.0m, figures.TimeSaved.Hours);
        Assert.Equal((2, 100m, 0), (figures.Escalations.AnsweredWithinNorm, figures.Escalations.AnsweredWithinNormPercent, figures.Escalations.OpenOverdue));
    }

    [Fact]
    public void An_escalation_answered_on_the_day_it_opened_took_no_werkdag_and_a_single_one_is_its_own_median()
    {
        var entry = Entry(1, "2026-11-16 10:00", QuestionCategory.Contract, QuestionOutcome.Answered, "Heerlen", escalation: EscalationState.Answered);
        var ticket = Ticket(1, questionId: 1, opened: "2026-11-16 10:05", answered: "2026-11-16 15:00");

        var escalations = QuestionStatisticsCalculator.Calculate([entry], [ticket], Fortnight, TestCalendar.At(Now), new QuestionStatisticsOptions()).Escalations;

        Assert.Equal((1, 1, 0m, 0m), (escalations.Answered, escalations.AnsweredWithinNorm, escalations.MedianWorkingDays!.Value, escalations.AverageWorkingDays!.Value));
    }

    [Fact]
    public void A_period_without_questions_has_zeros_every_week_and_no_shares()
    {
        var figures = QuestionStatisticsCalculator.Calculate(
            [], Tickets, new StatisticsPeriod(new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 10)), TestCalendar.At(Now), new QuestionStatisticsOptions());

        Assert.False(figures.HasQuestions);
        Assert.Equal(0, figures.Total);
        Assert.All(figures.PerCategory, c => Assert.Equal(0, c.Questions));
        Assert.Empty(figures.PerMunicipality);
        Assert.Equal([("2026-W53", 0), ("2027-W01", 0)], figures.PerWeek.Select(w => (w.Week, w.Questions)));
        Assert.Equal(new QuestionStatistics.AtOnceFigures(0, 0, null), figures.AnsweredAtOnce);
        Assert.Equal(new QuestionStatistics.EscalationFigures(0, 0, 0, null, 0, 0, 5, null, null), figures.Escalations);
        Assert.Equal(0m, figures.TimeSaved.Hours);
    }

    [Fact]
    public void A_year_still_under_way_is_measured_up_to_today()
    {
        Assert.Equal(new StatisticsPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)), StatisticsPeriod.Year(2026).UpTo(new DateOnly(2026, 12, 1)));
        Assert.Equal(StatisticsPeriod.Year(2019), StatisticsPeriod.Year(2019).UpTo(new DateOnly(2026, 12, 1)));
        Assert.Equal(StatisticsPeriod.Year(2027), StatisticsPeriod.Year(2027).UpTo(new DateOnly(2026, 12, 1)));
    }

    private static QuestionStatistics Calculate(QuestionStatisticsOptions? options = null) =>
        QuestionStatisticsCalculator.Calculate(Entries, Tickets, Fortnight, TestCalendar.At(Now), options ?? new QuestionStatisticsOptions());

    private static DateTimeOffset At(string amsterdamTime) =>
        DateTimeOffset.ParseExact(amsterdamTime + " +01:00", "yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);

    private static QuestionLogEntry Entry(
        long id, string askedAt, QuestionCategory category, QuestionOutcome outcome, string? municipality,
        AnswerFeedback? feedback = null, EscalationState? escalation = null, bool escalate = false, long? overrideOf = null) =>
        new(id, At(askedAt), "vraag", category, 0.9, "intent", outcome, [], "pseudoniem", municipality, "test", 1,
            Feedback: feedback, EscalationState: escalation, Escalate: escalate, OverrideOf: overrideOf);

    private static EscalationTicket Ticket(long id, long questionId, string opened, string? answered, EscalationState? state = null) =>
        new(id, questionId, "vraag", QuestionCategory.Contract, null, null, null,
            state ?? (answered is null ? EscalationState.Open : EscalationState.Answered), At(opened), answered is null ? null : At(answered));
}
