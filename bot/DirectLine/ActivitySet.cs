using System.Text.Json;

namespace TeamBot.Bot.DirectLine;

/// <summary>The answer to a poll: the activities after the client's watermark, and the watermark to send next time.</summary>
public sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string Watermark);
