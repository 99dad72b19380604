using TeamBot.Core.Cards;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// Picks the messenger for a channel by an explicit key: a messenger registered under the channel id (the local chat's
/// "directline"), otherwise the Bot Connector's, which serves Teams and every other Azure Bot Service channel.
/// </summary>
public sealed class ChannelMessengers(IServiceProvider services)
{
    public const string TeamsChannelId = "msteams";

    /// <summary>The key of the Bot Connector's messenger.</summary>
    public const string ConnectorKey = "connector";

    public IChannelMessenger For(string? channelId) =>
        (channelId is null ? null : services.GetKeyedService<IChannelMessenger>(channelId))
        ?? services.GetRequiredKeyedService<IChannelMessenger>(ConnectorKey);

    /// <summary>Teams supports Action.Execute (Universal Actions); Web Chat and others only Action.Submit.</summary>
    public static CardActionStyle ActionStyleFor(string? channelId) =>
        channelId == TeamsChannelId ? CardActionStyle.Execute : CardActionStyle.Submit;
}
