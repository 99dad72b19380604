using System.Text.Json;
using TeamBot.BotFramework;
using TeamBot.Core.Conversations;

namespace TeamBot.Bot.Conversations;

/// <summary>Saves and finds Bot Framework conversation references through core's <see cref="IConversationStore"/>, without display names.</summary>
public sealed class ConversationReferences(IConversationStore store)
{
    /// <returns>The address to find it again: "channelId:conversationId".</returns>
    public async Task<string> SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        var address = ConversationAddress.Of(reference);
        await MoveAsync(address, reference, cancellationToken);
        return address;
    }

    /// <summary>
    /// Stores <paramref name="reference"/> under an existing address, so what waits for that address goes there now
    /// (the local chat user who opened a new page after the old conversation was lost).
    /// </summary>
    public Task MoveAsync(string address, ConversationReference reference, CancellationToken cancellationToken = default) =>
        store.SaveAsync(new StoredConversation(address, reference.Conversation?.ConversationType,
            JsonSerializer.Serialize(ConversationAddress.WithoutNames(reference), BotJson.Options)), cancellationToken);

    public async Task<ConversationReference?> GetAsync(string address, CancellationToken cancellationToken = default) =>
        await store.GetAsync(address, cancellationToken) is { } stored
            ? JsonSerializer.Deserialize<ConversationReference>(stored.ReferenceJson, BotJson.Options)
            : null;
}
