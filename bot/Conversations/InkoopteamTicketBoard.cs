using Microsoft.Extensions.Options;
using TeamBot.BotFramework;
using TeamBot.Core.Cards;
using TeamBot.Core.Escalations;

namespace TeamBot.Bot.Conversations;

/// <summary>Ticket cards in the configured inkoopteam channel (Bot:InkoopteamChannel), reached through the asker's own service.</summary>
public sealed class InkoopteamTicketBoard(
    CardFactory cards,
    ConversationReferences conversations,
    ChannelMessengers messengers,
    IOptions<BotOptions> botOptions,
    ILogger<InkoopteamTicketBoard> logger) : ITicketBoard
{
    public async Task<string?> PostAsync(EscalationTicket ticket, string askerAddress, CancellationToken cancellationToken = default)
    {
        if (botOptions.Value.InkoopteamChannel is not { Length: > 0 } channelId)
        {
            logger.NoInkoopteamChannel(ticket.Id);
            return null;
        }
        if (await conversations.GetAsync(askerAddress, cancellationToken) is not { } asker) return null;
        var channel = ChannelBeside(asker, channelId);
        var card = cards.EscalationTicket(ticket, ChannelMessengers.ActionStyleFor(channel.ChannelId));
        var activityId = await messengers.For(channel.ChannelId).SendAsync(channel, new Activity { Attachments = [Attachment.AdaptiveCard(card.Element)] }, cancellationToken);
        var channelAddress = await conversations.SaveAsync(channel, cancellationToken);
        return TicketCardAddress.Format(channelAddress, activityId);
    }

    private static ConversationReference ChannelBeside(ConversationReference asker, string channelId) => new()
    {
        ChannelId = asker.ChannelId,
        ServiceUrl = asker.ServiceUrl,
        Bot = asker.Bot,
        Conversation = new ConversationAccount { Id = channelId, ConversationType = "channel", TenantId = asker.Conversation?.TenantId, IsGroup = true },
    };
}
