using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// Which message shows which card (<see cref="Core.Cards.CardKey"/>), per conversation. A pressed Action.Submit button
/// (Web Chat) arrives as a plain message that does not say which message it was on; its card is found here and
/// replaced in place. In memory and bounded: past <see cref="Capacity"/> the oldest are forgotten, and a card not
/// found is sent anew (also after a restart, when the local chat's conversations are gone anyway).
/// </summary>
public sealed class SentCards
{
    public const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Conversation, string Card), string> _activities = [];
    private readonly Queue<(string Conversation, string Card)> _order = new();

    public void Remember(ConversationReference conversation, string? cardKey, string? activityId)
    {
        if (cardKey is null || activityId is null) return;
        var key = (ConversationAddress.Of(conversation), cardKey);
        lock (_gate)
        {
            if (_activities.TryAdd(key, activityId)) _order.Enqueue(key);
            else _activities[key] = activityId;
            while (_order.Count > Capacity) _activities.Remove(_order.Dequeue());
        }
    }

    /// <returns>The id of the message that shows the card; null when it is not known (any more).</returns>
    public string? ActivityOf(ConversationReference conversation, string cardKey)
    {
        lock (_gate) return _activities.GetValueOrDefault((ConversationAddress.Of(conversation), cardKey));
    }
}
