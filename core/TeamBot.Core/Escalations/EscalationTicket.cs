using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Escalations;

/// <summary>
/// A question the bot could not settle, handed to the inkoopteam. Holds only the redacted question;
/// the asker is reachable through <see cref="AskerAddress"/>, an opaque channel address without names.
/// </summary>
public sealed record EscalationTicket(
    long Id,
    long QuestionLogId,
    string RedactedQuestion,
    QuestionCategory Category,
    string? AskerMunicipality,
    string? BotAnswer,
    string? AskerAddress,
    EscalationState State,
    DateTimeOffset OpenedAt,
    DateTimeOffset? AnsweredAt = null,
    string? Answer = null,
    string? AnsweredByPseudonym = null,
    string? TicketCardAddress = null,
    DateTimeOffset? AnswerDeliveredAt = null,
    string? ActionToken = null)
{
    /// <summary>Answered, but the asker has not received it yet (their chat was closed, or the channel failed).</summary>
    public bool AwaitsDelivery => AnsweredAt is not null && AnswerDeliveredAt is null;

    /// <summary>The SLA response time of the central mailbox (evaluatie 2019): 5 werkdagen.</summary>
    public const int ResponseWorkingDays = 5;

    /// <param name="responseWorkingDays">The norm; the SLA's 5 unless an evaluation measures against another.</param>
    public bool IsOverdue(RegionCalendar calendar, int responseWorkingDays = ResponseWorkingDays) =>
        State == EscalationState.Open && calendar.WorkingDaysBetween(OpenedAt, calendar.Now) > responseWorkingDays;

    /// <summary>Werkdagen from opening to the expert's answer (0 on the same day); null while unanswered.</summary>
    public int? AnswerWorkingDays(RegionCalendar calendar) =>
        AnsweredAt is { } answeredAt ? calendar.WorkingDaysBetween(OpenedAt, answeredAt) : null;
}
