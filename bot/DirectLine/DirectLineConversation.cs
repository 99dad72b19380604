using System.Globalization;
using System.Text.Json;
using TeamBot.BotFramework;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// One conversation's activity stream, kept as JSON snapshots so later changes to an Activity object cannot leak in.
/// Every append or replacement takes the next watermark, so a client that polls with the last watermark it saw
/// gets exactly what is new or changed.
/// </summary>
public sealed class DirectLineConversation(string id, DateTimeOffset createdAt)
{
    private readonly Lock _gate = new();
    private readonly List<StoredActivity> _activities = [];
    private long _watermark;
    private long _bytes;
    private long _lastSequence;
    private int _started;

    public string Id { get; } = id;

    /// <summary>When a client last used it; the least recently used conversation is evicted first.</summary>
    public DateTimeOffset LastUsedAt { get; internal set; } = createdAt;

    /// <summary>The size of the activities kept, as JSON.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate) return _bytes;
        }
    }

    /// <summary>True once, for whoever starts the conversation (and so sends the welcome).</summary>
    public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>
    /// Gives the activity its id and timestamp and appends it; beyond <paramref name="capacity"/> activities or
    /// <paramref name="maxBytes"/> the oldest go (the newest always stays).
    /// </summary>
    /// <returns>The new activity id.</returns>
    public string Append(Activity activity, DateTimeOffset now, int capacity, long maxBytes = long.MaxValue)
    {
        lock (_gate)
        {
            activity.Id = $"{Id}|{(++_lastSequence).ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Timestamp = now;
            Add(Snapshot(activity));
            while (_activities.Count > 1 && (_activities.Count > capacity || _bytes > maxBytes)) RemoveOldest();
            return activity.Id;
        }
    }

    /// <summary>Forgets the oldest activity; false when only the newest is left.</summary>
    public bool TrimOldest()
    {
        lock (_gate)
        {
            if (_activities.Count <= 1) return false;
            RemoveOldest();
            return true;
        }
    }

    /// <summary>Replaces an activity, keeping its id and its place in time, and moves it past the watermark.</summary>
    /// <returns>False when there is no activity with that id (any more).</returns>
    public bool Replace(string activityId, Activity activity)
    {
        lock (_gate)
        {
            var index = _activities.FindIndex(a => a.Id == activityId);
            if (index < 0) return false;
            activity.Id = activityId;
            activity.Timestamp = _activities[index].Timestamp;
            _bytes -= _activities[index].Bytes;
            _activities.RemoveAt(index);
            Add(Snapshot(activity));
            return true;
        }
    }

    /// <param name="watermark">The last watermark the client saw; null or unreadable means from the start.</param>
    public ActivitySet Read(string? watermark, int pageSize)
    {
        var after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var seen) ? seen : 0;
        lock (_gate)
        {
            var page = _activities.Where(a => a.Watermark > after).Take(pageSize).ToList();
            var next = page.Count > 0 ? page[^1].Watermark : _watermark;
            return new ActivitySet(page.Select(a => a.Json).ToList(), next.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void Add(StoredActivity stored)
    {
        _activities.Add(stored);
        _bytes += stored.Bytes;
    }

    private void RemoveOldest()
    {
        _bytes -= _activities[0].Bytes;
        _activities.RemoveAt(0);
    }

    private StoredActivity Snapshot(Activity activity)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
        using var document = JsonDocument.Parse(json);
        return new(activity.Id!, ++_watermark, activity.Timestamp, document.RootElement.Clone(), json.Length);
    }

    private sealed record StoredActivity(string Id, long Watermark, DateTimeOffset? Timestamp, JsonElement Json, long Bytes);
}
