namespace TeamBot.Core.Digest;

/// <summary>A channel that gets the weekly digest. <paramref name="Address"/> is "channelId:conversationId".</summary>
/// <param name="SubscribedBy">The pseudonym of who typed "digest aan"; null for a configured channel.</param>
public sealed record DigestSubscription(string Address, DigestAudience Audience, string? Municipality, string? SubscribedBy, DateTimeOffset Since);
