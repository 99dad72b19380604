namespace TeamBot.BotFramework;

/// <summary>A "mention" entity: who was mentioned and the &lt;at&gt; text that did it.</summary>
public sealed record Mention(ChannelAccount? Mentioned, string? Text);
