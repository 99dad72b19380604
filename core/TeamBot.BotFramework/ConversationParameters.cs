using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamBot.BotFramework;

/// <summary>
/// Body of create-conversation: a 1:1 chat (members = the user) or a new channel thread
/// (isGroup, channelData {channel {id}, tenant {id}}, activity).
/// </summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public object? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
