using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>The stable key of a conversation, and a reference stripped of display names (personal data) before storage.</summary>
public static class ConversationAddress
{
    public static string Of(ConversationReference reference) => $"{reference.ChannelId}:{reference.Conversation?.Id}";

    /// <summary>Where one asker's own reference is kept (its user is that asker), to write to them 1:1 later.</summary>
    public static string OfAsker(string? channelId, string askerPseudonym) => $"{channelId}:asker:{askerPseudonym}";

    public static ConversationReference WithoutNames(ConversationReference reference) => new()
    {
        ActivityId = reference.ActivityId,
        User = Anonymous(reference.User),
        Bot = Anonymous(reference.Bot),
        Conversation = reference.Conversation is null ? null : new ConversationAccount
        {
            Id = reference.Conversation.Id,
            ConversationType = reference.Conversation.ConversationType,
            TenantId = reference.Conversation.TenantId,
            IsGroup = reference.Conversation.IsGroup,
        },
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Locale = reference.Locale,
    };

    private static ChannelAccount? Anonymous(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount { Id = account.Id, AadObjectId = account.AadObjectId, Role = account.Role };
}
