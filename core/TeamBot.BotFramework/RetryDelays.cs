using System.Net.Http.Headers;

namespace TeamBot.BotFramework;

/// <summary>How long to wait before the next attempt: jittered exponential backoff, never shorter than Retry-After.</summary>
internal static class RetryDelays
{
    /// <param name="attempt">The attempt that just failed, from 1.</param>
    public static TimeSpan Next(ConnectorOptions options, int attempt, TimeSpan? retryAfter, Random random)
    {
        var exponential = options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(exponential, options.MaxRetryDelay.TotalMilliseconds);
        // Half fixed, half random: spreads retries of many senders without ever retrying at once.
        var backoff = TimeSpan.FromMilliseconds(capped / 2 + random.NextDouble() * capped / 2);
        return retryAfter is { } serverAsked && serverAsked > backoff ? serverAsked : backoff;
    }

    /// <summary>Retry-After as a delay: delta-seconds as is, an HTTP-date relative to now (never negative).</summary>
    public static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var untilDate = date - now;
            return untilDate < TimeSpan.Zero ? TimeSpan.Zero : untilDate;
        }

        return null;
    }
}
