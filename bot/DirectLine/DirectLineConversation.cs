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
    private long _lastSequence;
    private int _started;

    public string Id { get; } = id;

    /// <summary>When a client last used it; the least recently used conversation is evicted first.</summary>
    public DateTimeOffset LastUsedAt { get; internal set; } = createdAt;

    /// <summary>True once, for whoever starts the conversation (and so sends the welcome).</summary>
    public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>Gives the activity its id and timestamp and appends it; beyond <paramref name="capacity"/> the oldest go.</summary>
    /// <returns>The new activity id.</returns>
    public string Append(Activity activity, DateTimeOffset now, int capacity)
    {
        lock (_gate)
        {
            activity.Id = $"{Id}|{(++_lastSequence).ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Timestamp = now;
            _activities.Add(Snapshot(activity));
            if (_activities.Count > capacity) _activities.RemoveRange(0, _activities.Count - capacity);
            return activity.Id;
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
            _activities.RemoveAt(index);
            _activities.Add(Snapshot(activity));
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

    private StoredActivity Snapshot(Activity activity) =>
        new(activity.Id!, ++_watermark, activity.Timestamp, JsonSerializer.SerializeToElement(activity, BotJson.Options));

    private sealed record StoredActivity(string Id, long Watermark, DateTimeOffset? Timestamp, JsonElement Json);
}
