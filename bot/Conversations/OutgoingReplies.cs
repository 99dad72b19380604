using System.Threading.Channels;
using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// Replies to incoming activities, sent after /api/messages has answered: the Connector retries a request it gets no
/// answer to in about 15 seconds, while a reply may wait for Teams' rate limits. Bounded lanes, one per slice of
/// conversations, keep each conversation's replies in order while a busy conversation does not hold up the rest.
/// A full queue makes the request wait for room (back-pressure) rather than drop a reply.
/// </summary>
public sealed class OutgoingReplies(ChannelMessengers messengers, SentCards sentCards, ILogger<OutgoingReplies> logger) : BackgroundService
{
    public const int Lanes = 4;
    public const int CapacityPerLane = 256;

    private readonly Channel<OutgoingReply>[] _lanes = Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateBounded<OutgoingReply>(new BoundedChannelOptions(CapacityPerLane) { SingleReader = true }))
        .ToArray();

    private int _pending;
    private TaskCompletionSource _idle = CompletedSource();

    /// <summary>Queues the reply; a channel whose messenger writes in memory (the local chat) is written at once.</summary>
    /// <param name="cardKey">The key of the card the reply shows (<see cref="Core.Cards.RenderedCard.Key"/>), so its buttons can replace it later.</param>
    public async ValueTask EnqueueAsync(ConversationReference to, Activity reply, string? cardKey, CancellationToken cancellationToken)
    {
        var messenger = messengers.For(to.ChannelId);
        if (!messenger.SendsOverNetwork)
        {
            await SendAsync(new OutgoingReply(to, reply, cardKey), cancellationToken);
            return;
        }
        MarkPending();
        await _lanes[LaneOf(to)].Writer.WriteAsync(new OutgoingReply(to, reply, cardKey), cancellationToken);
    }

    /// <summary>Completes when every queued reply was sent or given up on (tests wait on it before they look).</summary>
    public Task WhenIdleAsync()
    {
        lock (_lanes) return _idle.Task;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Select(lane => DrainAsync(lane.Reader, stoppingToken)));

    private async Task DrainAsync(ChannelReader<OutgoingReply> lane, CancellationToken stoppingToken)
    {
        await foreach (var reply in lane.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(reply, stoppingToken);
            }
            catch (Exception e) when (e is BotConnectorException or HttpRequestException)
            {
                // The question is logged already; the asker can ask again, and the log shows why this reply is missing.
                logger.ReplyNotDelivered(e, reply.To.Conversation?.Id);
            }
            finally
            {
                MarkDone();
            }
        }
    }

    private async Task SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        var id = await messengers.For(reply.To.ChannelId).SendAsync(reply.To, reply.Activity, cancellationToken);
        sentCards.Remember(reply.To, reply.CardKey, id);
    }

    private static int LaneOf(ConversationReference to) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(to.Conversation?.Id ?? "") % Lanes);

    private void MarkPending()
    {
        lock (_lanes)
        {
            if (_pending++ == 0) _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void MarkDone()
    {
        lock (_lanes)
        {
            if (--_pending == 0) _idle.TrySetResult();
        }
    }

    private static TaskCompletionSource CompletedSource()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private sealed record OutgoingReply(ConversationReference To, Activity Activity, string? CardKey);
}
