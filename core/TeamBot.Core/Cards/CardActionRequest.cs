using System.Globalization;
using System.Text.Json;

namespace TeamBot.Core.Cards;

/// <summary>
/// A pressed card button as the bot receives it, read alike from both channels: an adaptiveCard/action invoke
/// (Teams: verb beside data) or a message whose value is the Action.Submit data (Web Chat: verb inside data).
/// Input values arrive in data too: "answer" as text, "saveAsFaq" as "true"/"false"; on the digest, a question's own
/// answer box (<see cref="CardVerbs.FaqAnswerInputId"/>), since input ids are unique per card.
/// </summary>
public sealed record CardActionRequest(string Verb, long? LogId, long? TicketId, string? Answer, bool SaveAsFaq, string? Reference = null)
{
    /// <param name="executeVerb">The invoke's action.verb; null for a submitted message, whose data carries the verb.</param>
    /// <param name="data">The invoke's action.data, or the message's value.</param>
    /// <returns>Null when there is no verb: not one of our buttons.</returns>
    public static CardActionRequest? From(string? executeVerb, JsonElement data)
    {
        var verb = executeVerb ?? Text(data, CardVerbs.VerbKey);
        if (string.IsNullOrWhiteSpace(verb)) return null;
        var logId = Number(data, CardVerbs.LogIdKey);
        return new CardActionRequest(
            verb,
            logId,
            Number(data, CardVerbs.TicketIdKey),
            Text(data, CardVerbs.AnswerInputId) ?? (logId is { } id ? Text(data, CardVerbs.FaqAnswerInputId(id)) : null),
            Text(data, CardVerbs.SaveAsFaqInputId) is { } saveAsFaq && bool.TryParse(saveAsFaq, out var save) && save,
            Text(data, CardVerbs.ReferenceKey));
    }

    private static JsonElement? Property(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) ? value : null;

    // Inputs arrive as strings, and some clients send every value as a string.
    private static string? Text(JsonElement data, string name) => Property(data, name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };

    private static long? Number(JsonElement data, string name) =>
        long.TryParse(Text(data, name), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
