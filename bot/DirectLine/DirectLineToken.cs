namespace TeamBot.Bot.DirectLine;

/// <summary>A token that lets its holder use one conversation until it expires.</summary>
public sealed record DirectLineToken(string Value, string ConversationId, int ExpiresInSeconds);
