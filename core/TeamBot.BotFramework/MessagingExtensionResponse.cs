namespace TeamBot.BotFramework;

/// <summary>
/// The body of an invoke response to a message extension (composeExtension/*): results for the compose box, a
/// settings page to open, or a text. Shaped as the Bot Framework's MessagingExtensionResponse.
/// </summary>
public sealed class MessagingExtensionResponse
{
    public MessagingExtensionResult? ComposeExtension { get; set; }

    /// <summary>Result cards listed under the search box; each inserted into the message when chosen.</summary>
    public static MessagingExtensionResponse Results(IEnumerable<MessagingExtensionAttachment> attachments) =>
        new() { ComposeExtension = new MessagingExtensionResult { Type = "result", AttachmentLayout = "list", Attachments = attachments.ToList() } };

    /// <summary>A text in place of results ("nothing found", a problem with the input).</summary>
    public static MessagingExtensionResponse Message(string text) =>
        new() { ComposeExtension = new MessagingExtensionResult { Type = "message", Text = text } };

    /// <summary>The answer to composeExtension/querySettingUrl: the page Teams opens for the extension's settings.</summary>
    public static MessagingExtensionResponse Settings(string url) => new()
    {
        ComposeExtension = new MessagingExtensionResult
        {
            Type = "config",
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "openUrl", Title = "Instellingen", Value = url }] },
        },
    };

    public InvokeResponse ToInvokeResponse() => new(200, this);
}
