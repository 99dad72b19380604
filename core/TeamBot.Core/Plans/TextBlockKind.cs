namespace TeamBot.Core.Plans;

public enum TextBlockKind
{
    Paragraph,
    Heading,
    Bullets,
    NumberedList,
    Image,
}
