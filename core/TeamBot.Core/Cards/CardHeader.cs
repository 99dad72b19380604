namespace TeamBot.Core.Cards;

/// <summary>The small line on top of every card: "TeamBot" and what kind of card this is.</summary>
internal sealed record CardHeader(string Subtitle, string Title = "TeamBot");
