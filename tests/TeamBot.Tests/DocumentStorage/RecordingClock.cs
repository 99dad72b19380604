using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace TeamBot.Tests.DocumentStorage;

/// <summary>
/// A fake clock that also notes every timer asked of it, so a test can see a wait (a retry delay or a time-out)
/// begin and then move the clock exactly past it, without sleeping.
/// </summary>
public sealed class RecordingClock : TimeProvider
{
    private readonly FakeTimeProvider _fake = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<TimeSpan> _newTimers = new();

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _fake.CreateTimer(callback, state, dueTime, period);
        _newTimers.Enqueue(dueTime);
        return timer;
    }

    /// <summary>
    /// Lets <paramref name="work"/> run, advancing the clock past each wait it starts: retry delays always, the
    /// per-request time-out (<paramref name="requestTimeout"/>) only for the requests numbered in
    /// <paramref name="timingOut"/> (0 is the first request sent). Returns the waits that were passed, in order.
    /// </summary>
    public async Task<IReadOnlyList<TimeSpan>> RunThroughWaitsAsync(Task work, TimeSpan requestTimeout, params int[] timingOut)
    {
        var passed = new List<TimeSpan>();
        var request = -1;
        var giveUp = DateTime.UtcNow.AddSeconds(60);
        while (!work.IsCompleted)
        {
            if (DateTime.UtcNow > giveUp) throw new TimeoutException("The work did not finish; waits passed so far: " + string.Join(", ", passed));
            if (_newTimers.TryDequeue(out var due))
            {
                if (due == requestTimeout && !timingOut.Contains(++request)) continue;
                passed.Add(due);
                _fake.Advance(due);
                continue;
            }
            await Task.WhenAny(work, Task.Delay(10));
        }
        return passed;
    }
}
