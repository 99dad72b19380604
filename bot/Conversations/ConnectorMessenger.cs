using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>Writes through the Bot Connector REST API (Teams and every other Azure Bot Service channel).</summary>
public sealed class ConnectorMessenger(IConnectorClient connector) : IChannelMessenger
{
    public async Task<string?> SendAsync(ConversationReference destination, Activity activity, CancellationToken cancellationToken = default)
    {
        Address(activity, destination);
        var response = await connector.SendToConversationAsync(activity, cancellationToken);
        return response.Id;
    }

    /// <exception cref="BotConnectorException">The channel refused the update (not every channel can update).</exception>
    public async Task<bool> UpdateAsync(ConversationReference destination, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        Address(activity, destination);
        activity.Id = activityId;
        await connector.UpdateActivityAsync(activity, cancellationToken);
        return true;
    }

    public async Task<ConversationReference> PersonalConversationAsync(ConversationReference from, CancellationToken cancellationToken = default)
    {
        if (from.Conversation?.ConversationType is null or "personal") return from;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = from.Bot,
            Members = [new ChannelAccount { Id = from.User?.Id, AadObjectId = from.User?.AadObjectId }],
            TenantId = from.Conversation.TenantId,
            ChannelData = new { tenant = new { id = from.Conversation.TenantId } },
        };
        var created = await connector.CreateConversationAsync(from.ServiceUrl!, parameters, cancellationToken);
        return new ConversationReference
        {
            User = from.User,
            Bot = from.Bot,
            ChannelId = from.ChannelId,
            ServiceUrl = created.ServiceUrl ?? from.ServiceUrl,
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", TenantId = from.Conversation.TenantId },
        };
    }

    private static void Address(Activity activity, ConversationReference to)
    {
        activity.ServiceUrl = to.ServiceUrl;
        activity.ChannelId = to.ChannelId;
        activity.Conversation = to.Conversation;
        activity.From = to.Bot;
        activity.Recipient = to.User;
    }
}
