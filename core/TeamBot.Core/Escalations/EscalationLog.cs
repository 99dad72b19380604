using Microsoft.Extensions.Logging;

namespace TeamBot.Core.Escalations;

/// <summary>The log messages of the escalation workflow, generated at compile time.</summary>
internal static partial class EscalationLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation ticket {TicketId} open for question {QuestionLogId}")]
    public static partial void TicketOpened(this ILogger logger, long ticketId, long questionLogId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation ticket {TicketId} answered (saved as standard answer: {SavedAsFaq})")]
    public static partial void TicketAnswered(this ILogger logger, long ticketId, bool savedAsFaq);
}
