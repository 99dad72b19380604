namespace TeamBot.Core.Delivery;

/// <summary>
/// Sends the bot starts itself that must happen once, also with several instances and restarts: a digest per channel
/// per ISO week, a change alert per asker per import. A claim is a lease: an instance that crashed before sending
/// leaves it to another once the lease ends; once a send is recorded with its activity id it is never repeated.
/// </summary>
public interface IProactiveSendLedger
{
    Task<ProactiveSendClaim> TryClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Records the send, only for the holder of the claim (<paramref name="token"/>): a claim taken over after its lease is the new holder's.</summary>
    Task MarkSentAsync(string key, string token, string? activityId, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back after a failed send, so the next check tries again; only its holder can.</summary>
    Task ReleaseAsync(string key, string token, CancellationToken cancellationToken = default);
}

/// <param name="Token">When claimed: what proves this caller holds the claim.</param>
/// <param name="ActivityId">When already sent: the id of the activity that was posted.</param>
public sealed record ProactiveSendClaim(OutgoingActivityClaimStatus Status, string? Token = null, string? ActivityId = null)
{
    public static ProactiveSendClaim Claimed(string token) => new(OutgoingActivityClaimStatus.Claimed, token);

    public static ProactiveSendClaim InProgress { get; } = new(OutgoingActivityClaimStatus.InProgress);
}
