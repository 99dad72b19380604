namespace TeamBot.Core.Digest;

/// <summary>Section "Digest": when the weekly digest goes out, and what it counts.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>A cron expression (5 fields) in Region:TimeZone; default Monday 08:00.</summary>
    public string Schedule { get; set; } = "0 8 * * 1";

    /// <summary>The inkoopteam's time for one question answered at once, for the estimated hours saved.</summary>
    public int MinutesPerQuestion { get; set; } = 15;

    /// <summary>
    /// How long a claimed send is left to the instance that claimed it before another may retry it. Below the Bot
    /// Connector's own claim of an activity id (5 minutes), so a retry after a stall meets that claim and posts nothing twice.
    /// </summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>How often the host checks whether a digest or an alert is due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Channels that get the digest without "digest aan", by configuration.</summary>
    public List<DigestChannelOptions> Channels { get; set; } = [];

    /// <summary>The audience of a team's channels by Teams team id, for "digest aan" without an audience.</summary>
    public Dictionary<string, DigestAudience> TeamAudiences { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Askers of the last this many days about a changed contract get a change alert.</summary>
    public int AlertLookbackDays { get; set; } = 90;
}

/// <summary>One configured digest channel. ServiceUrl and TenantId reach a channel the bot has not heard from yet.</summary>
public sealed class DigestChannelOptions
{
    /// <summary>The conversation id of the channel ("19:...@thread.tacv2").</summary>
    public string ConversationId { get; set; } = "";

    public string ChannelId { get; set; } = "msteams";

    public DigestAudience Audience { get; set; } = DigestAudience.Toegangen;

    /// <summary>A toegangen channel of one gemeente keeps to that gemeente's figures and contracts.</summary>
    public string? Municipality { get; set; }

    public string? ServiceUrl { get; set; }

    public string? TenantId { get; set; }

    public string Address => $"{ChannelId}:{ConversationId}";
}
