using Microsoft.Extensions.Options;

namespace TeamBot.BotFramework;

/// <summary>
/// Paces Connector calls as Teams limits a bot: per conversation 7 per second and 60 per 30 seconds, and per tenant
/// Bot:Connector:TenantRequestsPerSecond. Sliding windows, so a busy conversation waits without holding up others.
/// </summary>
public sealed class ConnectorRateLimiter
{
    private static readonly RateWindow[] ConversationWindows = [new(7, TimeSpan.FromSeconds(1)), new(60, TimeSpan.FromSeconds(30))];
    private const int SweepEvery = 1_000;

    private readonly TimeProvider _time;
    private readonly RateWindow[] _tenantWindows;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<long>> _sentAt = new(StringComparer.Ordinal);
    private int _calls;

    public ConnectorRateLimiter(IOptions<ConnectorOptions> options, TimeProvider time)
    {
        _time = time;
        _tenantWindows = [new(Math.Max(1, (int)Math.Floor(options.Value.TenantRequestsPerSecond)), TimeSpan.FromSeconds(1))];
    }

    /// <summary>Waits until one more request to this conversation (and tenant) may go out.</summary>
    public async Task WaitAsync(string? conversationId, string? tenantId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake(conversationId, tenantId);
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Zero when the request was counted, otherwise how long until every window has room.</summary>
    private TimeSpan TryTake(string? conversationId, string? tenantId)
    {
        var limits = new List<(string Key, RateWindow[] Windows)> { ("t:" + tenantId, _tenantWindows) };
        if (!string.IsNullOrEmpty(conversationId))
        {
            limits.Add(("c:" + conversationId, ConversationWindows));
        }

        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var wait = limits.Max(limit => WaitFor(Log(limit.Key), limit.Windows, now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            foreach (var (key, _) in limits)
            {
                Log(key).Enqueue(now);
            }

            if (++_calls % SweepEvery == 0)
            {
                Sweep(now);
            }

            return TimeSpan.Zero;
        }
    }

    private TimeSpan WaitFor(Queue<long> sent, RateWindow[] windows, long now)
    {
        var longest = windows.Max(w => w.Length);
        while (sent.Count > 0 && _time.GetElapsedTime(sent.Peek(), now) >= longest)
        {
            sent.Dequeue();
        }

        var wait = TimeSpan.Zero;
        foreach (var window in windows)
        {
            var inWindow = sent.Where(at => _time.GetElapsedTime(at, now) < window.Length).ToList();
            if (inWindow.Count >= window.Requests)
            {
                var oldestThatCounts = inWindow[inWindow.Count - window.Requests];
                var free = window.Length - _time.GetElapsedTime(oldestThatCounts, now);
                wait = free > wait ? free : wait;
            }
        }

        return wait;
    }

    private Queue<long> Log(string key)
    {
        if (!_sentAt.TryGetValue(key, out var sent))
        {
            sent = new Queue<long>();
            _sentAt[key] = sent;
        }

        return sent;
    }

    /// <summary>Forgets conversations and tenants idle for longer than the longest window, so memory stays bounded.</summary>
    private void Sweep(long now)
    {
        var idle = _sentAt.Where(entry => entry.Value.Count == 0 || _time.GetElapsedTime(entry.Value.Last(), now) >= TimeSpan.FromSeconds(30))
            .Select(entry => entry.Key).ToList();
        foreach (var key in idle)
        {
            _sentAt.Remove(key);
        }
    }

    private sealed record RateWindow(int Requests, TimeSpan Length);
}
