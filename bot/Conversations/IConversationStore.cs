using TeamBot.Bot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>Where the bot can write later (escalation answers, digests), stored at install and at every message.</summary>
public interface IConversationStore
{
    /// <returns>The address to find it again: "channelId:conversationId".</returns>
    Task<string> SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    Task<ConversationReference?> GetAsync(string address, CancellationToken cancellationToken = default);
}
