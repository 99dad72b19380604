namespace TeamBot.Core.Conversations;

/// <summary>Where the bot can write later (escalation answers, digests), saved at install and at every message.</summary>
public interface IConversationStore
{
    Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken = default);

    Task<StoredConversation?> GetAsync(string address, CancellationToken cancellationToken = default);
}
