namespace TeamBot.Core.Plans;

/// <summary>
/// One block of running text: a paragraph, a subheading ("kop"), or a bullet or numbered list.
/// Lists keep their items in <see cref="Items"/>; the other kinds keep their text in <see cref="Text"/>; an image block
/// names its picture in <see cref="Image"/>.
/// </summary>
public sealed record TextBlock(TextBlockKind Kind, string Text, IReadOnlyList<string> Items)
{
    public PlanImage? Image { get; init; }

    public static TextBlock Picture(PlanImage image) => new(TextBlockKind.Image, "", []) { Image = image };

    public static TextBlock Paragraph(string text) => new(TextBlockKind.Paragraph, text, []);

    public static TextBlock Heading(string text) => new(TextBlockKind.Heading, text, []);

    public static TextBlock List(TextBlockKind kind, IReadOnlyList<string> items) => new(kind, "", items);

    // Flags so a template can branch without comparing enum names.
    public bool IsParagraph => Kind == TextBlockKind.Paragraph;

    public bool IsHeading => Kind == TextBlockKind.Heading;

    public bool IsBullets => Kind == TextBlockKind.Bullets;

    public bool IsNumbered => Kind == TextBlockKind.NumberedList;

    public bool IsImage => Kind == TextBlockKind.Image;
}
