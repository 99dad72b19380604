namespace TeamBot.BotFramework;

/// <summary>A message extension's result: the card to insert, and the preview Teams lists while the user types.</summary>
public sealed class MessagingExtensionAttachment
{
    public const string ThumbnailCardContentType = "application/vnd.microsoft.card.thumbnail";

    public string? ContentType { get; set; }

    public object? Content { get; set; }

    public Attachment? Preview { get; set; }

    /// <summary>An Adaptive Card to insert, listed as a thumbnail (whose tap, if any, sends composeExtension/selectItem).</summary>
    public static MessagingExtensionAttachment AdaptiveCard(object card, ThumbnailCard preview) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = card,
        Preview = new Attachment { ContentType = ThumbnailCardContentType, Content = preview },
    };
}
