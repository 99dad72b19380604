namespace TeamBot.Core.Cards;

/// <summary>
/// Which card a button belongs to: the question's answer card or a ticket's card. A channel that cannot say which
/// message a pressed button was on (Action.Submit in Web Chat) finds the card to replace under this key.
/// </summary>
public static class CardKey
{
    public static string Question(long logId) => $"question:{logId}";

    public static string Ticket(long ticketId) => $"ticket:{ticketId}";

    /// <summary>The key of the card whose button was pressed; null for a button of no question or ticket.</summary>
    public static string? Of(CardActionRequest request) =>
        request.LogId is { } logId ? Question(logId) : request.TicketId is { } ticketId ? Ticket(ticketId) : null;
}
