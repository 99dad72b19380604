using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamBot.BotFramework;

using TeamBot.Tests.Support;

namespace TeamBot.Tests.BotFramework;

[Collection(TimingSensitiveGroup.Name)]
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
    public async Task One_conversation_gets_seven_requests_a_second_while_another_is_not_held_up()
    {
        var time = new FakeTimeProvider();
        var limiter = Limiter(time);

        for (var i = 0; i < 7; i++) await limiter.WaitAsync("a:busy", "tenant", CancellationToken.None);
        var eighth = limiter.WaitAsync("a:busy", "tenant", CancellationToken.None);
        var other = limiter.WaitAsync("a:quiet", "tenant", CancellationToken.None);

        await other.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(20);
        Assert.False(eighth.IsCompleted, "the conversation's second is used up");
        time.Advance(TimeSpan.FromSeconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task One_conversation_gets_sixty_requests_per_thirty_seconds()
    {
        var time = new FakeTimeProvider();
        var limiter = Limiter(time);
        for (var i = 0; i < 60; i++)
        {
            await limiter.WaitAsync("a:busy", "tenant", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            if (i % 7 == 6) time.Advance(TimeSpan.FromSeconds(1));
        }

        var sixtyFirst = limiter.WaitAsync("a:busy", "tenant", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));
        await Task.Delay(20);
        Assert.False(sixtyFirst.IsCompleted, "60 in 30 seconds");
        time.Advance(TimeSpan.FromSeconds(30));
        await sixtyFirst.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_tenant_gets_its_configured_rate_over_all_its_conversations()
    {
        var time = new FakeTimeProvider();
        var limiter = Limiter(time, tenantPerSecond: 3);

        for (var i = 0; i < 3; i++) await limiter.WaitAsync($"a:{i}", "tenant", CancellationToken.None);
        var fourth = limiter.WaitAsync("a:4", "tenant", CancellationToken.None);
        var otherTenant = limiter.WaitAsync("a:5", "other", CancellationToken.None);

        await otherTenant.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(20);
        Assert.False(fourth.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static ConnectorRateLimiter Limiter(FakeTimeProvider time, double tenantPerSecond = 30) =>
        new(Options.Create(new ConnectorOptions { TenantRequestsPerSecond = tenantPerSecond }), time);
}
