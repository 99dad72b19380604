using TeamBot.Core.Cards;

namespace TeamBot.Bot.Conversations;

/// <summary>Picks the messenger for a channel: the first registered one that handles it (Direct Line before the Connector).</summary>
public sealed class ChannelMessengers(IEnumerable<IChannelMessenger> messengers)
{
    public const string TeamsChannelId = "msteams";

    public IChannelMessenger For(string? channelId) => messengers.First(m => m.Handles(channelId));

    /// <summary>Teams supports Action.Execute (Universal Actions); Web Chat and others only Action.Submit.</summary>
    public static CardActionStyle ActionStyleFor(string? channelId) =>
        channelId == TeamsChannelId ? CardActionStyle.Execute : CardActionStyle.Submit;
}
