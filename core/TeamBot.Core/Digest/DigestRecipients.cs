using Microsoft.Extensions.Options;

namespace TeamBot.Core.Digest;

/// <summary>Every channel that gets the digest: the configured ones (Digest:Channels, since always) and those that typed "digest aan".</summary>
public sealed class DigestRecipients(IDigestSubscriptionStore store, IOptions<DigestOptions> options)
{
    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        var configured = Configured().ToList();
        var known = configured.Select(c => c.Address).ToHashSet(StringComparer.Ordinal);
        var stored = await store.ListAsync(cancellationToken);
        return [.. configured, .. stored.Where(s => !known.Contains(s.Address))];
    }

    public DigestChannelOptions? ConfiguredChannel(string address) =>
        options.Value.Channels.FirstOrDefault(c => string.Equals(c.Address, address, StringComparison.Ordinal));

    private IEnumerable<DigestSubscription> Configured() =>
        options.Value.Channels.Where(c => c.ConversationId.Length > 0)
            .Select(c => new DigestSubscription(c.Address, c.Audience, c.Municipality, SubscribedBy: null, DateTimeOffset.MinValue));
}
