using System.Collections.Concurrent;
using TeamBot.Core.Cards;
using TeamBot.Core.Delivery;

namespace TeamBot.Tests.Digest;

/// <summary>A channel that records what the bot posts; it can be told to fail the next sends, as a connector giving up would.</summary>
public sealed class RecordingProactiveSender : IProactiveSender
{
    private int _failuresLeft;

    public ConcurrentQueue<(string Address, RenderedCard Card, string StableId, bool Personal)> Sent { get; } = new();

    /// <summary>Addresses the channel does not know: sends there return null.</summary>
    public HashSet<string> Unknown { get; } = [];

    public void FailNext(int sends) => _failuresLeft = sends;

    public Task<string?> SendAsync(string address, RenderedCard card, string stableId, CancellationToken cancellationToken = default) =>
        Record(address, card, stableId, personal: false);

    public Task<string?> SendPersonalAsync(string address, RenderedCard card, string stableId, CancellationToken cancellationToken = default) =>
        Record(address, card, stableId, personal: true);

    public CardActionStyle StyleFor(string address) => address.StartsWith("msteams:", StringComparison.Ordinal) ? CardActionStyle.Execute : CardActionStyle.Submit;

    public IReadOnlyList<RenderedCard> CardsTo(string address) => Sent.Where(s => s.Address == address).Select(s => s.Card).ToList();

    private Task<string?> Record(string address, RenderedCard card, string stableId, bool personal)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0) throw new ProactiveSendException("HTTP 503 from the test connector");
        if (Unknown.Contains(address)) return Task.FromResult<string?>(null);
        Sent.Enqueue((address, card, stableId, personal));
        return Task.FromResult<string?>("activity-" + Sent.Count);
    }
}
