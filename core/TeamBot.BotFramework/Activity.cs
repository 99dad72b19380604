using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace TeamBot.BotFramework;

/// <summary>
/// A Bot Framework activity as it travels over the wire. Properties this model does not name are kept in
/// <see cref="Properties"/> so they survive a read and write unchanged.
/// </summary>
public sealed partial class Activity
{
    public string Type { get; set; } = ActivityTypes.Message;

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<JsonElement>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public JsonElement? Value { get; set; }

    public string? Name { get; set; }

    public string? ReplyToId { get; set; }

    public string? Locale { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A message in the same conversation, from the recipient back to the sender, threaded under this activity.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };

    /// <summary>What is needed to write to this conversation later (proactive messages).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>The "mention" entities of this activity.</summary>
    public IReadOnlyList<Mention> GetMentions() =>
        (Entities ?? []).Where(IsMention).Select(ToMention).ToList();

    /// <summary>Strips every &lt;at&gt;…&lt;/at&gt; from Text (Teams puts the bot's name there in channels), sets and returns the rest.</summary>
    public string? RemoveMentionText()
    {
        if (Text is null)
        {
            return null;
        }

        var withoutMentions = MentionTag().Replace(Text, " ");
        Text = Whitespace().Replace(withoutMentions, " ").Trim();
        return Text;
    }

    private static bool IsMention(JsonElement entity) =>
        entity.ValueKind == JsonValueKind.Object
        && entity.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String
        && string.Equals(type.GetString(), "mention", StringComparison.OrdinalIgnoreCase);

    private static Mention ToMention(JsonElement entity)
    {
        var mentioned = entity.TryGetProperty("mentioned", out var account) && account.ValueKind == JsonValueKind.Object
            ? account.Deserialize<ChannelAccount>(BotJson.Options)
            : null;
        var text = entity.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new Mention(mentioned, text);
    }

    [GeneratedRegex("<at(?:\\s[^>]*)?>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionTag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
