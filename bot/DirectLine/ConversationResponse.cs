using System.Text.Json.Serialization;

namespace TeamBot.Bot.DirectLine;

/// <summary>Direct Line's conversation (and token) answer. There is no WebSocket stream: Web Chat polls.</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl)
{
    public static ConversationResponse For(DirectLineToken token) => new(token.ConversationId, token.Value, token.ExpiresInSeconds, StreamUrl: null);
}
