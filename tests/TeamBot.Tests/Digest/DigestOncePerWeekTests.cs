using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Delivery;
using TeamBot.Core.Digest;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Digest;

/// <summary>
/// Effectively once per channel per ISO week: two instances on one database, a channel that fails and recovers,
/// an instance that crashed between claim and send, a restart, a week that has passed.
/// </summary>
public sealed class DigestOncePerWeekTests : IAsyncDisposable
{
    private const string Inkoopteam = "19:inkoopteam@thread.tacv2";
    private const string Heerlen = "19:toegang-heerlen@thread.tacv2";
    private static readonly Dictionary<string, string?> TwoChannels =
        DigestTestHost.Channels((Inkoopteam, "inkoopteam", null), (Heerlen, "toegangen", "Heerlen"));

    private readonly TempDirectory _folder = new();
    private readonly RecordingProactiveSender _channel = new();

    private string Data => _folder.File("data");

    [Fact]
    public async Task Two_instances_on_one_database_send_one_card_per_channel()
    {
        await using var first = await DigestTestHost.StartAsync(Data, sender: _channel, settings: TwoChannels);
        await using var second = await DigestTestHost.StartAsync(Data, sender: _channel, settings: TwoChannels);

        var runs = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second).Get<DigestDispatcher>().SendDueAsync()));

        Assert.Equal(2, runs.Sum(r => r.Sent));
        Assert.Single(_channel.CardsTo("msteams:" + Inkoopteam));
        Assert.Single(_channel.CardsTo("msteams:" + Heerlen));
        Assert.Equal("digest-inkoopteam", _channel.CardsTo("msteams:" + Inkoopteam)[0].TemplateName);
        Assert.Equal("digest-toegangen", _channel.CardsTo("msteams:" + Heerlen)[0].TemplateName);
    }

    [Fact]
    public async Task A_send_that_fails_is_retried_at_the_next_check_and_sent_once()
    {
        await using var host = await DigestTestHost.StartAsync(Data, sender: _channel, settings: TwoChannels);
        var dispatcher = host.Get<DigestDispatcher>();

        _channel.FailNext(2);
        var failed = await dispatcher.SendDueAsync();
        Assert.Equal((0, 2), (failed.Sent, failed.Failed));

        var retried = await dispatcher.SendDueAsync();
        var again = await dispatcher.SendDueAsync();

        Assert.Equal((2, 0), (retried.Sent, again.Sent));
        Assert.Equal(2, _channel.Sent.Count);
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_instance_is_sent_once_after_its_lease()
    {
        await using var host = await DigestTestHost.StartAsync(Data, sender: _channel, settings: TwoChannels);
        // The crashed instance claimed the inkoopteam channel's row and never sent.
        await host.Get<IProactiveSendLedger>().TryClaimAsync(ProactiveSendKeys.Digest("msteams:" + Inkoopteam, "2026-W49"), TimeSpan.FromMinutes(10));

        await host.Get<DigestDispatcher>().SendDueAsync();
        Assert.Empty(_channel.CardsTo("msteams:" + Inkoopteam));
        Assert.Single(_channel.CardsTo("msteams:" + Heerlen));

        host.Clock.Advance(TimeSpan.FromMinutes(11));
        await host.Get<DigestDispatcher>().SendDueAsync();
        await host.Get<DigestDispatcher>().SendDueAsync();

        Assert.Single(_channel.CardsTo("msteams:" + Inkoopteam));
        Assert.Single(_channel.CardsTo("msteams:" + Heerlen));
    }

    [Fact]
    public async Task A_restart_in_the_same_week_sends_nothing_new_and_the_next_week_sends_again()
    {
        await using (var before = await DigestTestHost.StartAsync(Data, sender: _channel, settings: TwoChannels))
            await before.Get<DigestDispatcher>().SendDueAsync();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DigestTestHost.MondayOfWeek49.AddDays(2));
        await using (var restarted = await DigestTestHost.StartAsync(Data, clock, _channel, TwoChannels))
            Assert.Equal(0, (await restarted.Get<DigestDispatcher>().SendDueAsync()).Sent);
        Assert.Equal(2, _channel.Sent.Count);

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.FromHours(1)));
        await using var nextWeek = await DigestTestHost.StartAsync(Data, clock, _channel, TwoChannels);
        Assert.Equal(2, (await nextWeek.Get<DigestDispatcher>().SendDueAsync()).Sent);
        Assert.Equal(4, _channel.Sent.Count);
    }

    [Fact]
    public async Task Nothing_is_sent_before_mondays_moment_and_a_missed_week_is_not_sent_later()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 7, 59, 0, TimeSpan.FromHours(1)));
        await using var host = await DigestTestHost.StartAsync(Data, clock, _channel, TwoChannels);

        Assert.Null((await host.Get<DigestDispatcher>().SendDueAsync()).Week);
        Assert.Empty(_channel.Sent);

        // Down all of week 49; back the next Monday at 07:30: week 49's digest is gone, week 50's not yet due.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(1)));
        Assert.Null((await host.Get<DigestDispatcher>().SendDueAsync()).Week);
        Assert.Empty(_channel.Sent);
    }

    [Fact]
    public async Task A_channel_subscribed_after_mondays_moment_gets_its_first_digest_the_next_week()
    {
        await using var host = await DigestTestHost.StartAsync(Data, sender: _channel);
        host.Clock.Advance(TimeSpan.FromDays(2)); // Wednesday of week 49
        await host.Get<DigestSubscriptions>().SubscribeAsync("msteams:19:nieuw@thread.tacv2", DigestAudience.Toegangen, false, "Heerlen", "p1");

        Assert.Equal(0, (await host.Get<DigestDispatcher>().SendDueAsync()).Sent);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.FromHours(1)));
        Assert.Equal(1, (await host.Get<DigestDispatcher>().SendDueAsync()).Sent);
    }

    [Fact]
    public async Task A_permanent_refusal_is_recorded_for_the_week_and_not_retried()
    {
        var refusing = new RefusingSender();
        await using var host = await DigestTestHost.StartAsync(Data, sender: null, settings: TwoChannels, configure: services => services.AddSingleton<IProactiveSender>(refusing));

        await host.Get<DigestDispatcher>().SendDueAsync();
        await host.Get<DigestDispatcher>().SendDueAsync();

        Assert.Equal(2, refusing.Attempts);
        Assert.Contains(host.Logs.Lines, l => l.Contains("refused by the channel for good", StringComparison.Ordinal));
    }

    private sealed class RefusingSender : IProactiveSender
    {
        public int Attempts;

        public Task<string?> SendAsync(string address, TeamBot.Core.Cards.RenderedCard card, string stableId, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Attempts);
            throw new ProactiveSendException("HTTP 403 Forbidden: the bot was removed", permanent: true);
        }

        public Task<string?> SendPersonalAsync(string address, TeamBot.Core.Cards.RenderedCard card, string stableId, CancellationToken cancellationToken = default) =>
            SendAsync(address, card, stableId, cancellationToken);

        public TeamBot.Core.Cards.CardActionStyle StyleFor(string address) => TeamBot.Core.Cards.CardActionStyle.Execute;
    }

    [Fact]
    public async Task A_channel_nobody_can_be_reached_in_is_skipped_for_the_week_not_retried_every_check()
    {
        _channel.Unknown.Add("msteams:" + Heerlen);
        await using var host = await DigestTestHost.StartAsync(Data, sender: _channel, settings: TwoChannels);

        var first = await host.Get<DigestDispatcher>().SendDueAsync();
        _channel.Unknown.Clear();
        var second = await host.Get<DigestDispatcher>().SendDueAsync();

        Assert.Equal((1, 0), (first.Sent, second.Sent));
        Assert.Single(_channel.Sent);
        Assert.Contains(host.Logs.Lines, m => m.Contains("skipped this week", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_send_carries_one_activity_id_on_every_attempt()
    {
        await using var host = await DigestTestHost.StartAsync(Data, sender: _channel, settings: TwoChannels);
        _channel.FailNext(1);
        await host.Get<DigestDispatcher>().SendDueAsync();
        await host.Get<DigestDispatcher>().SendDueAsync();

        var expected = ProactiveSendKeys.ActivityId(ProactiveSendKeys.Digest("msteams:" + Inkoopteam, "2026-W49"));
        Assert.Contains(_channel.Sent, s => s.StableId == expected);
        Assert.Equal(32, expected.Length);
    }

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
