namespace TeamBot.Core.Delivery;

/// <summary>The single-instance log: kept in memory for a day, which covers retries and repeated calls.</summary>
public sealed class InMemoryOutgoingActivityLog(TimeProvider time) : IOutgoingActivityLog
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DateTimeOffset _lastPrune = time.GetUtcNow();

    /// <summary>The keys recorded as sent.</summary>
    public IReadOnlyList<string> SentKeys
    {
        get
        {
            lock (_gate)
            {
                return _entries.Where(e => e.Value.IsSent).Select(e => e.Key).ToList();
            }
        }
    }

    public Task<OutgoingActivityClaim> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ForgetOldEntries();
            if (_entries.TryGetValue(key, out var entry))
            {
                return Task.FromResult(entry.IsSent ? OutgoingActivityClaim.AlreadySent(entry.ResponseJson) : OutgoingActivityClaim.InProgress);
            }

            _entries[key] = new Entry(false, null, time.GetUtcNow());
            return Task.FromResult(OutgoingActivityClaim.Claimed);
        }
    }

    public Task MarkSentAsync(string key, string? responseJson, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _entries[key] = new Entry(true, responseJson, time.GetUtcNow());
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry) && !entry.IsSent)
            {
                _entries.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private void ForgetOldEntries()
    {
        var now = time.GetUtcNow();
        if (now - _lastPrune < PruneInterval)
        {
            return;
        }

        _lastPrune = now;
        var cutoff = now - Retention;
        foreach (var key in _entries.Where(e => e.Value.At < cutoff).Select(e => e.Key).ToList())
        {
            _entries.Remove(key);
        }
    }

    private sealed record Entry(bool IsSent, string? ResponseJson, DateTimeOffset At);
}
