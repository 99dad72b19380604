using Microsoft.Extensions.Logging;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Core.Escalations;

/// <summary>
/// Opens tickets for questions the asker sends to the inkoopteam, and records the expert's answer once,
/// optionally as a standard answer. Who may answer is decided by the front door before it calls here.
/// </summary>
public sealed class EscalationService(
    IEscalationStore store,
    IQuestionLog log,
    FaqCache faq,
    IRegionKnowledgeProvider knowledge,
    TimeProvider clock,
    ILogger<EscalationService> logger)
{
    /// <summary>
    /// Idempotent: a question escalated before keeps its ticket, its number and its state (a second press of
    /// "Vraag het inkoopteam" on an answered ticket must not reopen it).
    /// </summary>
    /// <returns>The ticket, or null when the question is not in the log (purged or unknown id).</returns>
    public async Task<EscalationTicket?> EscalateAsync(long questionLogId, string? askerAddress, string? botAnswer, CancellationToken cancellationToken = default)
    {
        var question = await log.GetAsync(questionLogId, cancellationToken);
        if (question is null) return null;
        if (await store.FindByQuestionAsync(questionLogId, cancellationToken) is { } existing) return existing;
        var ticket = await store.OpenAsync(new EscalationTicket(0, questionLogId, question.RedactedText, question.Category,
            question.AskerMunicipality, botAnswer, askerAddress, EscalationState.Open, clock.GetUtcNow(), ActionToken: CardReference.New()), cancellationToken);
        await log.SetEscalationStateAsync(questionLogId, EscalationState.Open, cancellationToken);
        logger.TicketOpened(ticket.Id, questionLogId);
        return ticket;
    }

    /// <summary>Ends an answered ticket's life cycle (open -> answered -> closed).</summary>
    /// <returns>The closed ticket, or null when it does not exist or was not answered yet.</returns>
    public async Task<EscalationTicket?> CloseAsync(long ticketId, CancellationToken cancellationToken = default)
    {
        var ticket = await store.GetAsync(ticketId, cancellationToken);
        if (ticket is not { State: EscalationState.Answered }) return ticket?.State == EscalationState.Closed ? ticket : null;
        await store.CloseAsync(ticketId, cancellationToken);
        await log.SetEscalationStateAsync(ticket.QuestionLogId, EscalationState.Closed, cancellationToken);
        return await store.GetAsync(ticketId, cancellationToken);
    }

    public Task RememberTicketCardAsync(long ticketId, string address, CancellationToken cancellationToken = default) =>
        store.SetTicketCardAddressAsync(ticketId, address, cancellationToken);

    public async Task<(TicketAnswerOutcome Outcome, EscalationTicket? Ticket)> AnswerAsync(
        long ticketId, string? answer, string answeredByPseudonym, bool saveAsFaq, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(answer)) return (TicketAnswerOutcome.EmptyAnswer, await store.GetAsync(ticketId, cancellationToken));
        // Experts type freely too; their answer is stored and repeated, so it is redacted like a question.
        answer = (await knowledge.GetAsync(cancellationToken)).Redactor.Redact(answer).Text;
        var ticket = await store.GetAsync(ticketId, cancellationToken);
        if (ticket is null) return (TicketAnswerOutcome.NotFound, null);
        if (!await store.TryAnswerAsync(ticketId, answer, answeredByPseudonym, clock.GetUtcNow(), cancellationToken))
            return (TicketAnswerOutcome.AlreadyAnswered, await store.GetAsync(ticketId, cancellationToken));
        await log.SetEscalationStateAsync(ticket.QuestionLogId, EscalationState.Answered, cancellationToken);
        if (saveAsFaq) await faq.SaveAsync(ticket.RedactedQuestion, answer, ticketId, cancellationToken);
        logger.TicketAnswered(ticketId, saveAsFaq);
        return (TicketAnswerOutcome.Answered, await store.GetAsync(ticketId, cancellationToken));
    }
}
