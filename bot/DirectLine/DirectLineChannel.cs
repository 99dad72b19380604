using TeamBot.BotFramework;

namespace TeamBot.Bot.DirectLine;

/// <summary>The local Direct Line channel's names: its channel id, its language and the bot as Web Chat sees it.</summary>
public static class DirectLineChannel
{
    public const string ChannelId = "directline";

    /// <summary>The language of everything the bot writes into the local chat (the page itself is lang="nl").</summary>
    public const string Locale = "nl-NL";

    public static ChannelAccount Bot() => new() { Id = "teambot", Name = "TeamBot", Role = "bot" };
}
