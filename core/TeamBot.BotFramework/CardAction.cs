using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamBot.BotFramework;

/// <summary>A button of a suggested-actions row.</summary>
public sealed class CardAction
{
    public string? Type { get; set; }

    public string? Title { get; set; }

    public object? Value { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
