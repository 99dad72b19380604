namespace TeamBot.Core.Conversations;

/// <summary>
/// A conversation the bot can reach again. The reference is the channel protocol's own JSON, already stripped of
/// display names: core keeps it opaque so it never depends on a channel's wire format.
/// </summary>
/// <param name="Address">The stable key: "channelId:conversationId".</param>
public sealed record StoredConversation(string Address, string? ConversationType, string ReferenceJson);
