using TeamBot.BotFramework;
using TeamBot.Core.Cards;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// Sends cards into conversations and replaces them in place: the refreshed card after a button press takes the place
/// of the card the button was on, so no copy piles up and no used button stays live. Teams gets its refreshed card as
/// the invoke response instead (<see cref="CardActionHandler"/>).
/// </summary>
public sealed class CardMessages(ChannelMessengers messengers, SentCards sent)
{
    /// <returns>The id of the new message.</returns>
    public async Task<string?> SendAsync(ConversationReference to, RenderedCard card, Activity activity, CancellationToken cancellationToken)
    {
        activity.Attachments = [Attachment.AdaptiveCard(card.Element)];
        var id = await messengers.For(to.ChannelId).SendAsync(to, activity, cancellationToken);
        sent.Remember(to, card.Key, id);
        return id;
    }

    /// <summary>
    /// Puts <paramref name="card"/> where the card under <paramref name="pressedKey"/> was; sends it as a new message
    /// when that card is not known or the channel cannot update. The message is then known under the new card's key
    /// too (an answer as contract question replaces the casuïstiek card it came from).
    /// </summary>
    public async Task ReplaceAsync(ConversationReference to, string pressedKey, RenderedCard card, Activity activity, CancellationToken cancellationToken)
    {
        activity.Attachments = [Attachment.AdaptiveCard(card.Element)];
        if (sent.ActivityOf(to, pressedKey) is { } id && await TryUpdateAsync(to, id, activity, cancellationToken))
        {
            sent.Remember(to, card.Key, id);
            return;
        }
        await SendAsync(to, card, activity, cancellationToken);
    }

    private async Task<bool> TryUpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await messengers.For(to.ChannelId).UpdateAsync(to, activityId, activity, cancellationToken);
        }
        catch (BotConnectorException)
        {
            // Not every Bot Connector channel can update a message; a new one is the next best thing.
            return false;
        }
    }
}
