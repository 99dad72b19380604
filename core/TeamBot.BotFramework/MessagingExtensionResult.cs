namespace TeamBot.BotFramework;

/// <summary>The composeExtension part of a <see cref="MessagingExtensionResponse"/>.</summary>
public sealed class MessagingExtensionResult
{
    /// <summary>"result", "message", "config", "auth" or "botMessagePreview".</summary>
    public string? Type { get; set; }

    /// <summary>"list" or "grid".</summary>
    public string? AttachmentLayout { get; set; }

    public List<MessagingExtensionAttachment>? Attachments { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public string? Text { get; set; }
}
