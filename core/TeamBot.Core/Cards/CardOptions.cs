namespace TeamBot.Core.Cards;

/// <summary>Section "Cards".</summary>
public sealed class CardOptions
{
    public const string Section = "Cards";

    /// <summary>The folder with the Adaptive Card templates (*.json.sbn); the host copies templates/cards next to teambot.dll.</summary>
    public string TemplatesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "templates", "cards");
}
