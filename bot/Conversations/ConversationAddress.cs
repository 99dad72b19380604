using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>The stable key of a conversation, and a reference stripped of display names (personal data) before storage.</summary>
public static class ConversationAddress
{
    public static string Of(ConversationReference reference) => $"{reference.ChannelId}:{reference.Conversation?.Id}";

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
