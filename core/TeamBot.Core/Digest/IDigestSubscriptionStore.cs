namespace TeamBot.Core.Digest;

/// <summary>The channels that asked for the digest in chat.</summary>
public interface IDigestSubscriptionStore
{
    /// <summary>Adds the subscription or replaces the one of its address.</summary>
    Task SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken = default);

    /// <returns>False when the address had no subscription.</returns>
    Task<bool> RemoveAsync(string address, CancellationToken cancellationToken = default);

    Task<DigestSubscription?> GetAsync(string address, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken = default);
}
