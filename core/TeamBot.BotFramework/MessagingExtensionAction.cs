using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TeamBot.BotFramework;

/// <summary>
/// The value of a composeExtension/fetchTask or composeExtension/submitAction invoke: the command, where it was started
/// ("message" for an action on a message), the dialog's inputs, and the text of the message it was started on.
/// </summary>
public sealed partial record MessagingExtensionAction(string? CommandId, string? CommandContext, JsonElement? Data, string? MessageText)
{
    public const string FetchTaskInvokeName = "composeExtension/fetchTask";
    public const string SubmitActionInvokeName = "composeExtension/submitAction";

    public static MessagingExtensionAction? From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } action) return null;
        return new MessagingExtensionAction(
            InvokeValues.String(action, "commandId"),
            InvokeValues.String(action, "commandContext"),
            InvokeValues.Object(action, "data"),
            PlainMessageText(action));
    }

    /// <summary>A string input of the dialog, or null.</summary>
    public string? Input(string id) => Data is { } data ? InvokeValues.String(data, id) : null;

    /// <summary>messagePayload.body.content as plain text: Teams sends a message's body as HTML.</summary>
    private static string? PlainMessageText(JsonElement action)
    {
        if (InvokeValues.Object(action, "messagePayload") is not { } payload || InvokeValues.Object(payload, "body") is not { } body) return null;
        if (InvokeValues.String(body, "content") is not { } content) return null;
        if (!string.Equals(InvokeValues.String(body, "contentType"), "html", StringComparison.OrdinalIgnoreCase)) return content.Trim();
        var withBreaks = LineBreak().Replace(content, "\n");
        return WebUtility.HtmlDecode(Tag().Replace(withBreaks, " ")).Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li)\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();
}
