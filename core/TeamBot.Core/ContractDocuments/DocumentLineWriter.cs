namespace TeamBot.Core.ContractDocuments;

/// <summary>Collects headings and paragraphs; lines added to a paragraph are joined with a space.</summary>
internal sealed class DocumentLineWriter
{
    private readonly List<DocumentLine> _lines = [];
    private readonly List<string> _paragraph = [];

    public bool HasOpenParagraph => _paragraph.Count > 0;

    public void StartParagraph(string text)
    {
        EndParagraph();
        _paragraph.Add(text);
    }

    public void AppendToParagraph(string text) => _paragraph.Add(text);

    public void EndParagraph()
    {
        if (_paragraph.Count == 0) return;
        _lines.Add(DocumentLine.Paragraph(string.Join(' ', _paragraph)));
        _paragraph.Clear();
    }

    /// <summary>A line that stands alone, such as a table row or a line of code.</summary>
    public void AddLine(string text)
    {
        EndParagraph();
        _lines.Add(DocumentLine.Paragraph(text));
    }

    public void AddHeading(string text, int level)
    {
        EndParagraph();
        _lines.Add(DocumentLine.Heading(text, level));
    }

    public IReadOnlyList<DocumentLine> Finish()
    {
        EndParagraph();
        return _lines;
    }
}
