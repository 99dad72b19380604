using TeamBot.Core.Questions.Log;

namespace TeamBot.Core.Escalations;

/// <summary>
/// The escalation life cycle, the same for every channel: open a ticket and show it to the inkoopteam, record the
/// expert's answer once (optionally as a standard answer), deliver it to the asker (now, or when they are reachable
/// again), close. Who may act is checked by the front door before it calls here.
/// </summary>
public sealed class EscalationWorkflow(
    EscalationService escalations, IEscalationStore store, IQuestionLog log, ITicketBoard board, IAskerNotifier notifier, TimeProvider clock)
{
    /// <returns>The ticket (the one it already had, as it stands), or null when the question is no longer in the log.</returns>
    public async Task<EscalationTicket?> OpenAsync(QuestionLogEntry question, string askerAddress, CancellationToken cancellationToken = default)
    {
        var ticket = await escalations.EscalateAsync(question.Id, askerAddress, question.AnswerText, cancellationToken);
        // Posted once, while it waits for an answer: a second press must not put an answered ticket on the board again.
        if (ticket is null || ticket.TicketCardAddress is not null || ticket.State != EscalationState.Open) return ticket;
        if (await board.PostAsync(ticket, askerAddress, cancellationToken) is { } cardAddress)
            await escalations.RememberTicketCardAsync(ticket.Id, cardAddress, cancellationToken);
        return ticket;
    }

    /// <param name="answererId">The expert's AAD object id (or channel id); only its pseudonym is stored.</param>
    public async Task<TicketAnswerResult> AnswerAsync(long ticketId, string? answer, bool saveAsFaq, string answererId, CancellationToken cancellationToken = default)
    {
        var answeredBy = await log.PseudonymAsync(answererId, cancellationToken);
        var (outcome, ticket) = await escalations.AnswerAsync(ticketId, answer, answeredBy, saveAsFaq, cancellationToken);
        if (outcome != TicketAnswerOutcome.Answered) return new TicketAnswerResult(outcome, ticket);
        var reached = await DeliverAsync(ticket!, cancellationToken);
        return new TicketAnswerResult(outcome, ticket, reached);
    }

    /// <summary>
    /// Sends a stored answer to its asker and records that it arrived; when they cannot be reached it stays
    /// awaiting delivery (see <see cref="IEscalationStore.AwaitingDeliveryAsync"/>) for a later try.
    /// </summary>
    public async Task<bool> DeliverAsync(EscalationTicket answered, CancellationToken cancellationToken = default)
    {
        if (!await notifier.NotifyAsync(answered, cancellationToken)) return false;
        await store.MarkAnswerDeliveredAsync(answered.Id, clock.GetUtcNow(), cancellationToken);
        return true;
    }

    /// <returns>The closed ticket, or null when it does not exist or was not answered yet.</returns>
    public Task<EscalationTicket?> CloseAsync(long ticketId, CancellationToken cancellationToken = default) =>
        escalations.CloseAsync(ticketId, cancellationToken);
}
