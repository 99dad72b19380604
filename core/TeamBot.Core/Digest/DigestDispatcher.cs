using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamBot.Core.Delivery;

namespace TeamBot.Core.Digest;

/// <summary>
/// Sends the due digest to every recipient channel once per ISO week: the ledger row of (channel, week) is claimed with
/// a lease before the card is built and sent, and recorded with the activity id after. Another instance, a restart or
/// the next check finds the row and sends nothing; a claim left by a crash is taken over when its lease ends.
/// </summary>
public sealed partial class DigestDispatcher(
    DigestSchedule schedule,
    DigestRecipients recipients,
    DigestBuilder builder,
    DigestCards cards,
    OnceOnlySends sends,
    IProactiveSender sender,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<DigestDispatcher> logger)
{
    public async Task<DigestRun> SendDueAsync(CancellationToken cancellationToken = default)
    {
        if (schedule.Due(clock.GetUtcNow()) is not { } due) return DigestRun.NotDue;
        var run = new DigestRun(due.SendWeek.ToString());
        var digests = new Dictionary<(DigestAudience, string?), WeeklyDigest>();
        foreach (var subscription in await recipients.ListAsync(cancellationToken))
            run.Count(await SendOnceAsync(subscription, due, digests, cancellationToken));
        if (run.Sent > 0 || run.Failed > 0) DigestsSent(logger, run.Week!, run.Sent, run.Failed);
        return run;
    }

    private async Task<OnceOnlyResult> SendOnceAsync(DigestSubscription subscription, DueDigest due, Dictionary<(DigestAudience, string?), WeeklyDigest> digests, CancellationToken cancellationToken)
    {
        // Subscribed after this week's moment: the first digest comes at the next one, as "digest aan" promised.
        if (subscription.Since > due.ScheduledAt) return OnceOnlyResult.AlreadySent;
        var key = ProactiveSendKeys.Digest(subscription.Address, due.SendWeek.ToString());
        var outcome = await sends.SendAsync(key, options.Value.SendLease, async (activityId, token) =>
        {
            var digest = await DigestForAsync(subscription, due.ReportedWeek, digests, token);
            return await sender.SendAsync(subscription.Address, cards.Render(digest, sender.StyleFor(subscription.Address)), activityId, token);
        }, cancellationToken);
        Log(outcome, subscription.Address);
        return outcome.Result;
    }

    private void Log(OnceOnlyOutcome outcome, string address)
    {
        switch (outcome.Result)
        {
            case OnceOnlyResult.Unreachable: ChannelUnknown(logger, address); break;
            case OnceOnlyResult.Refused: DigestRefused(logger, outcome.Error!, address); break;
            case OnceOnlyResult.Failed: DigestNotSent(logger, outcome.Error!, address); break;
        }
    }

    private async Task<WeeklyDigest> DigestForAsync(DigestSubscription subscription, IsoWeek week, Dictionary<(DigestAudience, string?), WeeklyDigest> digests, CancellationToken cancellationToken)
    {
        var scope = (subscription.Audience, subscription.Audience == DigestAudience.Toegangen ? subscription.Municipality : null);
        if (!digests.TryGetValue(scope, out var digest))
            digests[scope] = digest = await builder.BuildAsync(week, scope.Audience, scope.Item2, cancellationToken);
        return digest;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest of send week {Week}: {Sent} sent, {Failed} failed (retried at the next check)")]
    private static partial void DigestsSent(ILogger logger, string week, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Address} skipped this week: the conversation is unknown or gone (the bot was never installed there and no ServiceUrl is configured, or a local chat closed)")]
    private static partial void ChannelUnknown(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Address} refused by the channel for good (the bot removed?); skipped this week")]
    private static partial void DigestRefused(ILogger logger, Exception exception, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Address} not sent; the next check tries again")]
    private static partial void DigestNotSent(ILogger logger, Exception exception, string address);
}

/// <summary>What one check did, for the log and the tests.</summary>
public sealed class DigestRun(string? week)
{
    public static DigestRun NotDue => new(null);

    public string? Week { get; } = week;

    public int Sent { get; private set; }

    public int Skipped { get; private set; }

    public int Failed { get; private set; }

    public void Count(OnceOnlyResult outcome)
    {
        if (outcome == OnceOnlyResult.Sent) Sent++;
        else if (outcome == OnceOnlyResult.Failed) Failed++;
        else Skipped++;
    }
}
