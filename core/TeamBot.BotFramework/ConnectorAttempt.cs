using System.Net;

namespace TeamBot.BotFramework;

/// <summary>The outcome of one HTTP attempt against the Connector.</summary>
internal sealed record ConnectorAttempt(
    bool Succeeded,
    string? Body,
    bool Retryable,
    HttpStatusCode? Status,
    TimeSpan? RetryAfter,
    string? ErrorCode,
    string Description,
    Exception? Error)
{
    public static ConnectorAttempt Success(string body) => new(true, body, false, HttpStatusCode.OK, null, null, "ok", null);

    public static ConnectorAttempt HttpFailure(HttpStatusCode status, TimeSpan? retryAfter, string? errorCode) =>
        new(false, null, IsRetryable(status), status, retryAfter, errorCode, $"HTTP {(int)status} {status}", null);

    public static ConnectorAttempt NoResponse(string description, Exception error) =>
        new(false, null, true, null, null, null, description, error);

    // 429 is throttling and 5xx a passing server fault; any other 4xx will fail the same way again.
    // Teams answers 412 when a conversation's messages cross in flight; a moment later the same send succeeds.
    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;
}
