namespace TeamBot.Tests.DirectLine;

/// <summary>A started Direct Line conversation and the token for it.</summary>
public sealed record ChatSession(string ConversationId, string Token);
