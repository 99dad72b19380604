namespace TeamBot.Core.Escalations;

/// <summary>
/// Escalation tickets. What must happen once (one ticket per question, one answer per ticket) is guarded
/// by the database, so several host instances can share it.
/// </summary>
public interface IEscalationStore
{
    /// <summary>Opens a ticket for the question, or returns the one it already has, without using up a ticket number.</summary>
    Task<EscalationTicket> OpenAsync(EscalationTicket ticket, CancellationToken cancellationToken = default);

    Task<EscalationTicket?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The ticket of a logged question, in whatever state; null when it was never escalated.</summary>
    Task<EscalationTicket?> FindByQuestionAsync(long questionLogId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EscalationTicket>> ListAsync(EscalationState? state, CancellationToken cancellationToken = default);

    /// <summary>Records the answer only if the ticket is still open; false when someone answered first.</summary>
    Task<bool> TryAnswerAsync(long id, string answer, string answeredByPseudonym, DateTimeOffset answeredAt, CancellationToken cancellationToken = default);

    /// <summary>Where the ticket card was posted, so it can be updated in place.</summary>
    Task SetTicketCardAddressAsync(long id, string address, CancellationToken cancellationToken = default);

    Task CloseAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The asker received the answer; false when it was already marked (another attempt got there first).</summary>
    Task<bool> MarkAnswerDeliveredAsync(long id, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default);

    /// <summary>Answered tickets whose answer has not reached the asker yet, oldest first.</summary>
    Task<IReadOnlyList<EscalationTicket>> AwaitingDeliveryAsync(CancellationToken cancellationToken = default);
}
