namespace TeamBot.Bot.Hosting;

/// <summary>The log messages of the host's own services, generated at compile time.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Purging the question log failed; trying again in {Interval}")]
    public static partial void PurgeFailed(this ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "No region data imported yet: loading the sample region")]
    public static partial void LoadingSample(this ILogger logger);
}
