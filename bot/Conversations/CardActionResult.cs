using TeamBot.Core.Cards;

namespace TeamBot.Bot.Conversations;

/// <summary>A button's outcome: a card that replaces the pressed one, or a short message that leaves it as it is.</summary>
public sealed record CardActionResult(RenderedCard? Card, string? Message)
{
    public static CardActionResult Of(RenderedCard card) => new(card, null);

    public static CardActionResult Text(string message) => new(null, message);
}
