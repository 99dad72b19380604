using System.Xml.Linq;

namespace TeamBot.Core.Documents;

/// <summary>One tag in a part, after merging: it lies whole inside <see cref="Text"/> at <see cref="Span"/>.</summary>
internal sealed class WordTag(int id, string source, TagCode code, XElement text, TextSpan span, XElement paragraph, TagPlace place)
{
    public int Id { get; } = id;

    /// <summary>The tag as it reads in the document, braces included.</summary>
    public string Source { get; } = source;

    public TagCode Code { get; } = code;

    public XElement Text { get; } = text;

    public TextSpan Span { get; } = span;

    public XElement Paragraph { get; } = paragraph;

    public TagPlace Place { get; } = place;

    /// <summary>Where the builder puts the tag; decided by the block layout.</summary>
    public TagPlacement Placement { get; set; } = TagPlacement.InText;

    public XElement? Cell => WordXml.NearestAncestor(Paragraph, WordNames.TableCell);

    public XElement? Row => WordXml.NearestAncestor(Paragraph, WordNames.TableRow);
}
