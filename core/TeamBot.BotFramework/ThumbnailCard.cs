namespace TeamBot.BotFramework;

/// <summary>The Bot Framework's thumbnail card, as message extensions use it for their result previews.</summary>
public sealed class ThumbnailCard
{
    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Text { get; set; }

    /// <summary>Type "invoke": Teams sends composeExtension/selectItem with this action's value when the result is chosen.</summary>
    public CardAction? Tap { get; set; }
}
