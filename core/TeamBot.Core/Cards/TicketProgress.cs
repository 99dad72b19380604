using TeamBot.Core.Escalations;

namespace TeamBot.Core.Cards;

/// <summary>Where a ticket stands, as an answer card tells its asker: open, answered (and whether that reached them), closed.</summary>
public sealed record TicketProgress(long Id, EscalationState State, bool HasAnswer = false, bool AnswerDelivered = false)
{
    public static TicketProgress Of(EscalationTicket ticket) =>
        new(ticket.Id, ticket.State, ticket.Answer is not null, ticket.AnswerDeliveredAt is not null);
}
