using System.Net;

namespace TeamBot.BotFramework;

/// <summary>A Connector call that failed for good: refused, or still failing after the bounded retries.</summary>
public sealed class BotConnectorException : Exception
{
    public BotConnectorException(string message, HttpStatusCode? statusCode = null, int attempts = 1, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Attempts = attempts;
        ErrorCode = errorCode;
    }

    /// <summary>The last HTTP status, or null when no response came (network error or timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    public int Attempts { get; }

    /// <summary>error.code from the Connector's error body, for example "MessageSizeTooBig".</summary>
    public string? ErrorCode { get; }
}
