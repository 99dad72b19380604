namespace TeamBot.Core.Cards;

/// <summary>One TextBlock of a card text: a paragraph, or a bullet shown with a hanging "•".</summary>
internal sealed record CardTextPart(string Text, bool IsBullet, string Spacing);
