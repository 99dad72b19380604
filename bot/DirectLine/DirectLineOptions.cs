using TeamBot.BotFramework;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// Section "DirectLine": the local chat's Direct Line endpoint. It lets anyone who reaches it pick a gemeente and act as
/// the inkoopteam, so it answers this machine only unless <see cref="AllowRemote"/> is set.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// Null: on in local mode (no Bot:AppId) and off once the bot runs for Teams, where a reverse proxy that hides
    /// the caller's address would make every visitor look local.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Also serve callers on other machines (a demo on a trusted network); they can then answer escalations.</summary>
    public bool AllowRemote { get; set; }

    /// <summary>Web Chat refreshes its token every 15 minutes, so an hour leaves room for a sleeping laptop.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Conversations live in memory; past this many the least recently used one is forgotten.</summary>
    public int MaxConversations { get; set; } = 500;

    /// <summary>Per conversation; the oldest activities go first.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>One posted activity; a question is at most a few thousand characters.</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>Per conversation, as JSON; the oldest activities go first.</summary>
    public long MaxBytesPerConversation { get; set; } = 2 * 1024 * 1024;

    /// <summary>All conversations together; past it the least recently used conversations are forgotten.</summary>
    public long MaxTotalBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>At most this many activities per poll; the watermark lets the client fetch the rest.</summary>
    public int PageSize { get; set; } = 100;

    public bool IsEnabled(BotOptions bot) => Enabled ?? bot.IsLocalMode;
}
