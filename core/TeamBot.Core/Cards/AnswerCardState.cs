using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Core.Cards;

/// <summary>
/// What the asker already did with an answer card, as stored: a refreshed card thanks them, says where their ticket
/// stands and leaves out every button that was used. Built from the log and the ticket store (<see cref="From"/>), never
/// from the one button just pressed, so a refresh never brings back a button that was used before.
/// </summary>
/// <param name="Feedback">The stored verdict; also <see cref="AnswerFeedback.Override"/>, which hides the rating buttons too.</param>
/// <param name="OverriddenAsContract">The asker said "dit is toch een contractvraag" and the card answers it as one.</param>
/// <param name="Ticket">The inkoopteam's ticket for this question (or for the question it answers as a contract question).</param>
public sealed record AnswerCardState(AnswerFeedback? Feedback = null, bool OverriddenAsContract = false, TicketProgress? Ticket = null)
{
    public static AnswerCardState Initial { get; } = new();

    /// <param name="ticket">The ticket of the entry, or of the question the entry answers as a contract question.</param>
    public static AnswerCardState From(QuestionLogEntry entry, EscalationTicket? ticket) => new(
        entry.Feedback,
        entry.Feedback == AnswerFeedback.Override || entry.OverrideOf is not null,
        ticket is null ? null : TicketProgress.Of(ticket));
}
