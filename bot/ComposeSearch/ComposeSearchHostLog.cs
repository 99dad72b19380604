namespace TeamBot.Bot.ComposeSearch;

internal static partial class ComposeSearchHostLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Message extension invoke {InvokeName} with a command or value TeamBot does not have")]
    public static partial void UnhandledComposeInvoke(this ILogger logger, string? invokeName);
}
