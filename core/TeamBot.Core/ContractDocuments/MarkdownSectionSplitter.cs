namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Splits markdown by its ATX (#) and setext (===, ---) headings; headings in fenced code are text.
/// The title is the first level-1 heading. When it is the only level-1 heading it names the whole
/// document, so like a Word Title paragraph it gets level 0 and is left out of the other sections' Path.
/// </summary>
public sealed class MarkdownSectionSplitter : IDocumentSectionSplitter
{
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public ContractDocument Split(string fileName, byte[] content)
    {
        var lines = MarkdownLineParser.Parse(TextFileDecoder.Decode(content));
        var levelOneHeadings = lines.Where(line => line.HeadingLevel == 1).ToList();
        var title = levelOneHeadings.Count > 0 ? SectionText.NormaliseLine(levelOneHeadings[0].Text) : DocumentTitles.FromFileName(fileName);
        var sectionLines = levelOneHeadings.Count == 1 ? lines.Select(AsDocumentTitle) : lines;
        return SectionBuilder.Build(title, fileName, content, sectionLines);
    }

    private static DocumentLine AsDocumentTitle(DocumentLine line) =>
        line.HeadingLevel == 1 ? DocumentLine.Heading(line.Text, 0) : line;
}
