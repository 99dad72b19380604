namespace TeamBot.Microsoft365;

/// <summary>The log messages of the Microsoft 365 adapter, generated at compile time.</summary>
internal static partial class Microsoft365Log
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "soffice exited with {ExitCode}: {Error}")]
    public static partial void SofficeFailed(this ILogger logger, int exitCode, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Microsoft Graph answered {StatusCode} to {Method}; attempt {Attempt} of {MaxAttempts}, retrying in {Delay}")]
    public static partial void GraphRetrying(this ILogger logger, int statusCode, HttpMethod method, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {FileName} in the Microsoft 365 document library")]
    public static partial void StoredInGraph(this ILogger logger, string? fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Microsoft Graph {Step} of {FileName} failed with status {StatusCode}")]
    public static partial void GraphStepFailed(this ILogger logger, Exception exception, GraphStep step, string fileName, int? statusCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Uploading {FileName} ({Bytes} bytes) to Microsoft Graph in one request")]
    public static partial void UploadingInOneRequest(this ILogger logger, string fileName, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Uploading {FileName} ({Bytes} bytes) to Microsoft Graph in an upload session")]
    public static partial void UploadingInSession(this ILogger logger, string fileName, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cancelling an upload session answered {StatusCode}; Graph removes it when it expires")]
    public static partial void UploadSessionCancelRefused(this ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cancelling an upload session failed; Graph removes it when it expires")]
    public static partial void UploadSessionCancelFailed(this ILogger logger, Exception exception);
}
