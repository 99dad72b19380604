using Microsoft.Extensions.Options;

namespace TeamBot.BotFramework;

/// <summary>
/// A token bucket shared by every Connector call of this instance, so the bot stays well under the ~50 requests
/// per second at which Teams starts throttling it.
/// </summary>
public sealed class ConnectorRateLimiter
{
    private readonly TimeProvider _time;
    private readonly double _tokensPerSecond;
    private readonly double _capacity;
    private readonly Lock _gate = new();
    private double _tokens;
    private long _lastRefill;

    public ConnectorRateLimiter(IOptions<ConnectorOptions> options, TimeProvider time)
    {
        _time = time;
        _tokensPerSecond = Math.Max(0.1, options.Value.RequestsPerSecond);
        _capacity = Math.Max(1, options.Value.Burst);
        _tokens = _capacity;
        _lastRefill = time.GetTimestamp();
    }

    /// <summary>Waits until one more request may go out.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake();
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Zero when a token was taken, otherwise how long until one is available.</summary>
    private TimeSpan TryTake()
    {
        lock (_gate)
        {
            Refill();
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return TimeSpan.Zero;
            }

            return TimeSpan.FromSeconds((1 - _tokens) / _tokensPerSecond);
        }
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_lastRefill, now);
        _lastRefill = now;
        _tokens = Math.Min(_capacity, _tokens + elapsed.TotalSeconds * _tokensPerSecond);
    }
}
