namespace TeamBot.Bot.Conversations;

/// <summary>Where a ticket card was posted: the conversation's address and the card's activity id.</summary>
public static class TicketCardAddress
{
    public static string Format(string conversationAddress, string? activityId) => $"{conversationAddress}#{activityId}";

    public static (string ConversationAddress, string? ActivityId) Parse(string value)
    {
        var hash = value.LastIndexOf('#');
        return hash < 0 ? (value, null) : (value[..hash], value[(hash + 1)..] is { Length: > 0 } id ? id : null);
    }
}
