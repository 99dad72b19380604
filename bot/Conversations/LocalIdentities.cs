using System.Runtime.CompilerServices;
using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// Attaches a <see cref="LocalIdentity"/> to one Activity object in memory. Only the local Direct Line endpoint does this,
/// for activities it built itself; nothing on the wire (channelData, /api/messages, Teams) can carry or forge it.
/// </summary>
public static class LocalIdentities
{
    private static readonly ConditionalWeakTable<Activity, LocalIdentity> Attached = [];

    public static void Attach(Activity activity, LocalIdentity identity) => Attached.AddOrUpdate(activity, identity);

    /// <returns>Null for every activity that did not come from the local chat page.</returns>
    public static LocalIdentity? Of(Activity activity) => Attached.TryGetValue(activity, out var identity) ? identity : null;
}
