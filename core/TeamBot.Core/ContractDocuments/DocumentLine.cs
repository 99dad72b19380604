namespace TeamBot.Core.ContractDocuments;

/// <summary>One heading or one paragraph of a document in reading order, before it is split into sections.</summary>
internal readonly record struct DocumentLine(string Text, int? HeadingLevel)
{
    public static DocumentLine Heading(string text, int level) => new(text, level);

    public static DocumentLine Paragraph(string text) => new(text, null);
}
