using TeamBot.BotFramework;
using TeamBot.Core.Cards;
using TeamBot.Core.Escalations;

namespace TeamBot.Bot.Conversations;

/// <summary>Sends the expert's answer 1:1 to the asker, through the messenger of the channel they asked in; false when it did not arrive.</summary>
public sealed class ConversationAskerNotifier(
    CardFactory cards,
    ConversationReferences conversations,
    ChannelMessengers messengers,
    ILogger<ConversationAskerNotifier> logger) : IAskerNotifier
{
    public async Task<bool> NotifyAsync(EscalationTicket answeredTicket, CancellationToken cancellationToken = default)
    {
        if (answeredTicket.AskerAddress is null || await conversations.GetAsync(answeredTicket.AskerAddress, cancellationToken) is not { } asker)
        {
            logger.AskerUnknown(answeredTicket.Id);
            return false;
        }
        var messenger = messengers.For(asker.ChannelId);
        try
        {
            var personal = await messenger.PersonalConversationAsync(asker, cancellationToken);
            var card = cards.ExpertAnswer(answeredTicket.Id, answeredTicket.RedactedQuestion, answeredTicket.Answer!);
            var sent = await messenger.SendAsync(personal, new Activity { Attachments = [Attachment.AdaptiveCard(card.Element)] }, cancellationToken);
            return sent is not null;
        }
        catch (BotConnectorException e)
        {
            // The answer is stored; AwaitingAnswerDelivery tries again later.
            logger.AnswerNotDelivered(e, answeredTicket.Id);
            return false;
        }
    }
}
