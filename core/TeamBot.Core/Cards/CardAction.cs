namespace TeamBot.Core.Cards;

/// <summary>A button as the templates write it: Action.Execute with a verb, or Action.Submit with the verb inside data.</summary>
internal sealed record CardAction(string Type, string Title, string? Verb, object Data, string? Style)
{
    private const string Execute = "Action.Execute";
    private const string Submit = "Action.Submit";

    /// <summary>A button the bot handles by verb; data always carries at least the id it is about.</summary>
    public static CardAction ForVerb(CardActionStyle style, string title, string verb, IReadOnlyDictionary<string, object?> data, string? emphasis = null) =>
        style == CardActionStyle.Execute
            ? new CardAction(Execute, title, verb, data, emphasis)
            : new CardAction(Submit, title, null, WithVerb(verb, data), emphasis);

    /// <summary>
    /// A button that sends its text as if the user typed it: Teams needs the msteams imBack form,
    /// Web Chat sends string data as the user's message.
    /// </summary>
    public static CardAction SaysText(CardActionStyle style, string title, string text) =>
        style == CardActionStyle.Execute
            ? new CardAction(Submit, title, null, new Dictionary<string, object?> { ["msteams"] = new Dictionary<string, object?> { ["type"] = "imBack", ["value"] = text } }, null)
            : new CardAction(Submit, title, null, text, null);

    private static Dictionary<string, object?> WithVerb(string verb, IReadOnlyDictionary<string, object?> data)
    {
        var merged = new Dictionary<string, object?> { [CardVerbs.VerbKey] = verb };
        foreach (var (key, value) in data) merged[key] = value;
        return merged;
    }
}
