using Microsoft.Extensions.Logging;

namespace TeamBot.Core.Questions;

/// <summary>The log messages of the question pipeline, generated at compile time; never a question's text.</summary>
internal static partial class QuestionPipelineLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Question {LogId} {Category} {Intent} {Outcome} in {LatencyMs:F1} ms")]
    public static partial void QuestionAnswered(this ILogger logger, long? logId, string category, string intent, QuestionOutcome outcome, double latencyMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Region knowledge built for data version {DataVersion}")]
    public static partial void KnowledgeBuilt(this ILogger logger, long dataVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} question log entries older than {Cutoff:O}")]
    public static partial void LogPurged(this ILogger logger, int count, DateTimeOffset cutoff);
}
