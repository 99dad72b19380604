using System.Net;

namespace TeamBot.Microsoft365;

/// <summary>
/// Times every attempt and retries throttling (429) and unavailability (502, 503, 504) a bounded number of times,
/// waiting as long as Retry-After asks. It replaces Kiota's retry handler because waits must run on the injected
/// clock, and a Retry-After longer than we are willing to wait should end the attempt instead of blocking a user.
/// </summary>
internal sealed class GraphRetryHandler(GraphDriveOptions options, TimeProvider clock, ILogger<GraphRetryHandler> logger) : DelegatingHandler
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Buffered content can be sent again on a retry.
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var response = await SendOnceAsync(request, cancellationToken);
            if (!IsTransient(response.StatusCode) || attempt > options.MaxRetries) return response;
            var delay = RetryDelay(response, attempt);
            if (delay > options.MaxRetryDelay) return response;
            logger.GraphRetrying((int)response.StatusCode, request.Method, attempt, options.MaxRetries + 1, delay);
            response.Dispose();
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await base.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Microsoft Graph answered {request.Method} {request.RequestUri?.AbsolutePath} not within {options.Timeout}.", e);
        }
    }

    /// <summary>Retry-After (seconds or a date) when given, else an exponential backoff.</summary>
    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta) return delta;
        if (retryAfter?.Date is { } date) return Max(date - clock.GetUtcNow(), TimeSpan.Zero);
        return Min(FirstBackoff * Math.Pow(2, attempt - 1), options.MaxRetryDelay);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
