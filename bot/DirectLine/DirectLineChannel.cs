using TeamBot.BotFramework;

namespace TeamBot.Bot.DirectLine;

/// <summary>The local Direct Line channel's names: its channel id and the bot as Web Chat sees it.</summary>
public static class DirectLineChannel
{
    public const string ChannelId = "directline";

    public static ChannelAccount Bot() => new() { Id = "teambot", Name = "TeamBot", Role = "bot" };
}
