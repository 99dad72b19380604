namespace TeamBot.Core.Documents;

/// <summary>
/// What a model's values may carry besides plain text. <see cref="TextMarkup"/>: texts are plan texts whose markup
/// (docs/plan-format.md) becomes bold, italic, superscript ordinals and footnotes. <see cref="Images"/>: the pictures
/// the template may place with <c>{{ afbeelding naam }}</c>, by the name the model gives them.
/// </summary>
public sealed record DocumentValues
{
    /// <summary>Values are text, nothing else: what a model from an unknown source gets.</summary>
    public static DocumentValues PlainText { get; } = new();

    public bool TextMarkup { get; init; }

    public IReadOnlyDictionary<string, DocumentImage> Images { get; init; } = new Dictionary<string, DocumentImage>();
}
