namespace TeamBot.Bot.Hosting;

/// <summary>The log messages of the host's own services, generated at compile time.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} failed; trying again in {Interval}")]
    public static partial void PeriodicWorkFailed(this ILogger logger, Exception exception, string work, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "No region data imported yet: loading the sample region")]
    public static partial void LoadingSample(this ILogger logger);
}
