namespace TeamBot.Bot.DirectLine;

/// <summary>The log messages of the local Direct Line endpoint, generated at compile time.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line activity {ActivityId} to update is no longer kept")]
    public static partial void ActivityNoLongerKept(this ILogger logger, string activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line conversation is gone (evicted or from before a restart); message dropped")]
    public static partial void ConversationGone(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed on a Direct Line {ActivityType} activity")]
    public static partial void BotFailed(this ILogger logger, Exception exception, string? activityType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation evicted to stay within {MaxConversations}")]
    public static partial void ConversationEvicted(this ILogger logger, int maxConversations);
}
