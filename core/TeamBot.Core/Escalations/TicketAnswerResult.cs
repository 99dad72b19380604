namespace TeamBot.Core.Escalations;

/// <param name="ReachedAsker">Whether the answer was delivered to the asker's conversation (false when they are unreachable now).</param>
public sealed record TicketAnswerResult(TicketAnswerOutcome Outcome, EscalationTicket? Ticket, bool ReachedAsker = false);
