using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamBot.BotFramework;

namespace TeamBot.Tests.BotFramework;

public sealed class RetryAndPacingTests
{
    private static readonly ConnectorOptions Backoff = new()
    {
        BaseRetryDelay = TimeSpan.FromSeconds(1),
        MaxRetryDelay = TimeSpan.FromSeconds(30),
    };

    [Theory]
    [InlineData(1, 0.5, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(3, 2, 4)]
    [InlineData(10, 15, 30)]
    public void The_backoff_doubles_per_attempt_with_jitter_and_a_cap(int attempt, double minimumSeconds, double maximumSeconds)
    {
        var random = new Random(attempt);
        for (var i = 0; i < 50; i++)
        {
            var delay = RetryDelays.Next(Backoff, attempt, null, random);

            Assert.InRange(delay.TotalSeconds, minimumSeconds, maximumSeconds);
        }
    }

    [Fact]
    public void A_longer_retry_after_wins_over_the_backoff()
    {
        Assert.Equal(TimeSpan.FromSeconds(45), RetryDelays.Next(Backoff, 1, TimeSpan.FromSeconds(45), new Random(1)));
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date_relative_to_now()
    {
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelays.FromRetryAfter(RetryConditionHeaderValue.Parse("7"), now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelays.FromRetryAfter(RetryConditionHeaderValue.Parse("Mon, 02 Mar 2026 09:00:30 GMT"), now));
        Assert.Equal(TimeSpan.Zero, RetryDelays.FromRetryAfter(RetryConditionHeaderValue.Parse("Mon, 02 Mar 2026 08:00:00 GMT"), now));
        Assert.Null(RetryDelays.FromRetryAfter(null, now));
    }

    [Fact]
    public async Task The_rate_limiter_lets_a_burst_through_and_then_paces_requests()
    {
        var time = new FakeTimeProvider();
        var limiter = new ConnectorRateLimiter(Options.Create(new ConnectorOptions { RequestsPerSecond = 2, Burst = 2 }), time);

        await limiter.WaitAsync(CancellationToken.None);
        await limiter.WaitAsync(CancellationToken.None);
        var third = limiter.WaitAsync(CancellationToken.None);
        await Task.Delay(20);
        Assert.False(third.IsCompleted, "the burst is used up");

        time.Advance(TimeSpan.FromMilliseconds(500));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
