using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// How the bot writes into one kind of channel: the Bot Connector for Teams, the Direct Line store for the local chat page.
/// Registered as a keyed service under its channel id (see <see cref="ChannelMessengers"/>).
/// </summary>
public interface IChannelMessenger
{
    /// <returns>The id of the posted activity, so it can be updated later.</returns>
    Task<string?> SendAsync(ConversationReference destination, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces a posted activity in place, keeping its id.</summary>
    /// <returns>False when the channel no longer has that activity (the local chat forgets old ones).</returns>
    Task<bool> UpdateAsync(ConversationReference destination, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>A 1:1 conversation with the user of <paramref name="from"/> (who may have asked in a channel).</summary>
    Task<ConversationReference> PersonalConversationAsync(ConversationReference from, CancellationToken cancellationToken = default);

    /// <summary>Sending waits on a remote service and its rate limits, so replies go through <see cref="OutgoingReplies"/>.</summary>
    bool SendsOverNetwork => true;
}
