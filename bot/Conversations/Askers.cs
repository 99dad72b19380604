using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// Who acts, as the question log knows askers (only as a keyed pseudonym of this id): in Teams the tenant and the AAD
/// object id; in the local chat the Direct Line conversation, which is one browser's session.
/// </summary>
public static class Askers
{
    public static string? IdOf(Activity activity)
    {
        if (LocalIdentities.Of(activity) is not null) return $"local:{activity.Conversation?.Id}";
        return (activity.From?.AadObjectId ?? activity.From?.Id) is { } user ? $"{activity.GetTenantId()}:{user}" : null;
    }
}
