using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamBot.BotFramework;

/// <summary>Where and to whom the bot can write later: stored at install and at every message.</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A new message into the referenced conversation, from the bot to the user (not threaded).</summary>
    public Activity CreateMessage(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Bot,
        Recipient = User,
        Conversation = Conversation,
        Locale = Locale,
        Text = text,
    };
}
