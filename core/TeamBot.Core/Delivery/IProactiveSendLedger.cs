namespace TeamBot.Core.Delivery;

/// <summary>
/// Sends the bot starts itself that must happen once, also with several instances and restarts: a digest per channel
/// per ISO week, a change alert per asker per import. A claim is a lease: an instance that crashed before sending
/// leaves it to another once the lease ends; once a send is recorded with its activity id it is never repeated.
/// </summary>
public interface IProactiveSendLedger
{
    Task<ProactiveSendClaim> TryClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken = default);

    Task MarkSentAsync(string key, string? activityId, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back after a failed send, so the next check tries again.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken = default);
}

/// <param name="ActivityId">When already sent: the id of the activity that was posted.</param>
public sealed record ProactiveSendClaim(OutgoingActivityClaimStatus Status, string? ActivityId = null)
{
    public static ProactiveSendClaim Claimed { get; } = new(OutgoingActivityClaimStatus.Claimed);

    public static ProactiveSendClaim InProgress { get; } = new(OutgoingActivityClaimStatus.InProgress);
}
