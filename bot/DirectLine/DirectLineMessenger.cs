using TeamBot.Bot.Conversations;
using TeamBot.BotFramework;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// The bot's replies into the local chat: appended to the conversation's activity stream, where Web Chat polls for
/// them. TeamBot does not use Azure Bot Service's own Direct Line channel, so every "directline" conversation is ours.
/// </summary>
public sealed class DirectLineMessenger(
    DirectLineConversations conversations,
    ILogger<DirectLineMessenger> logger) : IChannelMessenger
{
    /// <summary>An append in memory: the reply is there before the page's next poll.</summary>
    public bool SendsOverNetwork => false;

    public Task<string?> SendAsync(ConversationReference destination, Activity activity, CancellationToken cancellationToken = default)
    {
        if (Find(destination) is not { } conversation) return Task.FromResult<string?>(null);
        Address(activity, destination);
        return Task.FromResult<string?>(conversations.Append(conversation, activity));
    }

    /// <summary>Web Chat replaces a message it already shows when one with the same id arrives (it keeps its place by timestamp).</summary>
    public Task<bool> UpdateAsync(ConversationReference destination, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        if (Find(destination) is not { } conversation) return Task.FromResult(false);
        Address(activity, destination);
        var replaced = conversation.Replace(activityId, activity);
        if (!replaced) logger.ActivityNoLongerKept(activityId);
        return Task.FromResult(replaced);
    }

    /// <summary>The local chat is already one person's conversation.</summary>
    public Task<ConversationReference> PersonalConversationAsync(ConversationReference from, CancellationToken cancellationToken = default) =>
        Task.FromResult(from);

    /// <summary>Null (and a warning) when the conversation was evicted or the host restarted since: the message has no reader.</summary>
    private DirectLineConversation? Find(ConversationReference to)
    {
        var conversation = conversations.Find(to.Conversation?.Id);
        if (conversation is null) logger.ConversationGone();
        return conversation;
    }

    private static void Address(Activity activity, ConversationReference to)
    {
        activity.ChannelId = DirectLineChannel.ChannelId;
        activity.Conversation = to.Conversation;
        activity.From = DirectLineChannel.Bot();
        activity.Recipient = to.User;
        activity.Locale = DirectLineChannel.Locale;
    }
}
