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

    /// <summary>
    /// Where the bot can write to this activity's sender 1:1 later. A personal chat is that already (and is saved with
    /// every message); in a channel or group chat the stored reference is whoever spoke last, so the sender gets one of
    /// their own, under <see cref="ConversationAddress.OfAsker"/>.
    /// </summary>
    public async Task<string> SaveSenderAsync(Activity activity, string conversationAddress, string senderPseudonym, CancellationToken cancellationToken = default)
    {
        if (activity.Conversation?.ConversationType is null or "personal") return conversationAddress;
        var senderAddress = ConversationAddress.OfAsker(activity.ChannelId, senderPseudonym);
        await MoveAsync(senderAddress, activity.GetConversationReference(), cancellationToken);
        return senderAddress;
    }

    public async Task<ConversationReference?> GetAsync(string address, CancellationToken cancellationToken = default) =>
        await store.GetAsync(address, cancellationToken) is { } stored
            ? JsonSerializer.Deserialize<ConversationReference>(stored.ReferenceJson, BotJson.Options)
            : null;
}
