using Microsoft.Extensions.Options;
using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>Who acts as the inkoopteam: a configured member (Bot:InkoopteamMembers), or the local chat page's user who picked that rol.</summary>
public sealed class InkoopteamMembership(IOptions<BotOptions> botOptions)
{
    public bool Includes(Activity activity) =>
        LocalIdentities.Of(activity)?.IsInkoopteamMember == true
        || (activity.From?.AadObjectId is { } id && botOptions.Value.InkoopteamMembers.Contains(id, StringComparer.OrdinalIgnoreCase));
}
