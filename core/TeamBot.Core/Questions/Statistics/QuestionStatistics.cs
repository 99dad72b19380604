using TeamBot.Core.Questions.Classification;

namespace TeamBot.Core.Questions.Statistics;

/// <summary>
/// The figures of the question log for one period, as the evaluatie reports "vragen van toegangen". A question is
/// counted once: when its asker had a casuïstiek answer redone as a contract question, it counts as the latter.
/// </summary>
/// <param name="Total">Every question asked in the period, small talk included.</param>
/// <param name="PerCategory">Contract, casuïstiek and overig, in that order, each also when none was asked.</param>
/// <param name="PerMunicipality">Per gemeente of the asker, by name; askers without a gemeente last, as "(onbekend)".</param>
/// <param name="PerWeek">Every ISO week the period touches, also the weeks without questions.</param>
/// <param name="CaseQuestionsRedirected">Casuïstiek questions sent back to the toegang's own process.</param>
public sealed record QuestionStatistics(
    StatisticsPeriod Period,
    int Total,
    IReadOnlyList<QuestionStatistics.CategoryCount> PerCategory,
    IReadOnlyList<QuestionStatistics.MunicipalityCount> PerMunicipality,
    IReadOnlyList<QuestionStatistics.WeekCount> PerWeek,
    int CaseQuestionsRedirected,
    QuestionStatistics.AtOnceFigures AnsweredAtOnce,
    QuestionStatistics.EscalationFigures Escalations,
    QuestionStatistics.FeedbackFigures Feedback,
    QuestionStatistics.TimeSavedFigures TimeSaved)
{
    public sealed record CategoryCount(QuestionCategory Category, int Questions);

    public sealed record MunicipalityCount(string Municipality, int Questions, int CaseQuestionsRedirected);

    /// <param name="Week">"2026-W49".</param>
    public sealed record WeekCount(string Week, int Questions);

    /// <param name="Questions">The contract and casuïstiek questions: what the inkoopteam used to answer.</param>
    /// <param name="Answered">Of those, settled by TeamBot's answer alone (see <see cref="SubstantiveAnswer"/>) and never escalated.</param>
    /// <param name="SharePercent">Answered as a percentage of Questions (80.5 for 80,5%); null without questions.</param>
    public sealed record AtOnceFigures(int Questions, int Answered, decimal? SharePercent);

    /// <param name="Escalated">Questions of the period sent to the inkoopteam.</param>
    /// <param name="AnsweredWithinNorm">Answered within <paramref name="NormWorkingDays"/> werkdagen of opening.</param>
    /// <param name="OpenOverdue">Still open, and open longer than the norm by today.</param>
    /// <param name="AnsweredWithinNormPercent">AnsweredWithinNorm as a percentage of Answered; null when none was answered.</param>
    /// <param name="MedianWorkingDays">Of the answered ones; null when none was answered.</param>
    public sealed record EscalationFigures(
        int Escalated,
        int Answered,
        int AnsweredWithinNorm,
        decimal? AnsweredWithinNormPercent,
        int Open,
        int OpenOverdue,
        int NormWorkingDays,
        decimal? MedianWorkingDays,
        decimal? AverageWorkingDays);

    /// <param name="CorrectedToContract">"Dit is toch een contractvraag" pressed on a casuïstiek answer.</param>
    public sealed record FeedbackFigures(int Useful, int NotUseful, int CorrectedToContract);

    /// <param name="Hours">Questions answered at once × minutes per question, in hours (one decimal).</param>
    public sealed record TimeSavedFigures(int MinutesPerQuestion, decimal Hours);

    public bool HasQuestions => Total > 0;
}
