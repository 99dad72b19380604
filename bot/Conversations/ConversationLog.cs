namespace TeamBot.Bot.Conversations;

/// <summary>The log messages of TeamBot's conversations, generated at compile time.</summary>
internal static partial class ConversationLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {TicketId} opened, but Bot:InkoopteamChannel is not configured: no card posted")]
    public static partial void NoInkoopteamChannel(this ILogger logger, long ticketId);


    [LoggerMessage(Level = LogLevel.Warning, Message = "The answer to ticket {TicketId} did not reach the asker now; it stays stored for another try")]
    public static partial void AnswerNotDelivered(this ILogger logger, Exception exception, long ticketId);


    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply to conversation {ConversationId} could not be sent; the question is logged")]
    public static partial void ReplyNotDelivered(this ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {TicketId} marked overdue on its card")]
    public static partial void MarkedOverdue(this ILogger logger, long ticketId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity of type {ActivityType}")]
    public static partial void IgnoredActivity(this ILogger logger, string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {TicketId} answered, but the asker's conversation is unknown")]
    public static partial void AskerUnknown(this ILogger logger, long ticketId);
}
