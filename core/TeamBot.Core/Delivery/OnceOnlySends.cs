namespace TeamBot.Core.Delivery;

/// <summary>
/// The one way a proactive send happens once (a digest, a change alert): claim its ledger row with a lease, post with the
/// activity id derived from the key, then record it. Nobody to reach, or a refusal for good, is recorded too, so it is
/// not retried every check; any other failure gives the claim back for the next check.
/// </summary>
public sealed class OnceOnlySends(IProactiveSendLedger ledger)
{
    /// <param name="send">Builds and posts the card under the given activity id; the posted id, or null when nobody can be reached.</param>
    public async Task<OnceOnlyOutcome> SendAsync(string key, TimeSpan lease, Func<string, CancellationToken, Task<string?>> send, CancellationToken cancellationToken)
    {
        var claim = await ledger.TryClaimAsync(key, lease, cancellationToken);
        if (claim.Status != OutgoingActivityClaimStatus.Claimed)
            return new OnceOnlyOutcome(claim.Status == OutgoingActivityClaimStatus.AlreadySent ? OnceOnlyResult.AlreadySent : OnceOnlyResult.InProgress);
        try
        {
            var activityId = await send(ProactiveSendKeys.ActivityId(key), cancellationToken);
            await ledger.MarkSentAsync(key, claim.Token!, activityId, CancellationToken.None);
            return new OnceOnlyOutcome(activityId is null ? OnceOnlyResult.Unreachable : OnceOnlyResult.Sent);
        }
        catch (ProactiveSendException e) when (e.Permanent)
        {
            await ledger.MarkSentAsync(key, claim.Token!, activityId: null, CancellationToken.None);
            return new OnceOnlyOutcome(OnceOnlyResult.Refused, e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One send's failure (the channel, a template, the database) must not stop the others; the next check retries.
            await ledger.ReleaseAsync(key, claim.Token!, CancellationToken.None);
            return new OnceOnlyOutcome(OnceOnlyResult.Failed, e);
        }
    }
}

public enum OnceOnlyResult
{
    Sent,
    AlreadySent,

    /// <summary>Another instance holds the claim right now.</summary>
    InProgress,

    /// <summary>No conversation to write to (a local chat that closed, a channel the bot never saw); recorded.</summary>
    Unreachable,

    /// <summary>The channel refused for good (the bot was removed); recorded.</summary>
    Refused,

    /// <summary>Failed for now; the claim is given back.</summary>
    Failed,
}

public sealed record OnceOnlyOutcome(OnceOnlyResult Result, Exception? Error = null);
