namespace TeamBot.BotFramework;

/// <summary>The body of an invoke response to "adaptiveCard/action": a replacement card, a text, or an error.</summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; } = 200;

    public string Type { get; set; } = MessageType;

    public object? Value { get; set; }

    public static AdaptiveCardInvokeResponse Card(object card) => new() { Type = CardType, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) => new() { Type = MessageType, Value = text };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = ErrorType, Value = new { code, message } };

    public InvokeResponse ToInvokeResponse() => new(200, this);
}
