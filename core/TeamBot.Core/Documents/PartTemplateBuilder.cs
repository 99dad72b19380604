using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TeamBot.Core.Documents;

/// <summary>
/// Turns a part into one Scriban template: the XML becomes escaped raw text ({%{ … }%}) that Scriban
/// copies verbatim, and each tag becomes code at the place its layout chose. Tags are first marked
/// with processing instructions whose name is random per render, so no document content can fake one.
/// </summary>
internal static class PartTemplateBuilder
{
    public static (string Text, List<TemplateSpan> Spans) Build(XElement root, IReadOnlyList<WordTag> tags, IReadOnlySet<XElement> tagOnlyParagraphs)
    {
        var marker = "teambot-" + Guid.NewGuid().ToString("N");
        EmptyColumns.MarkTaggedCells(tags);
        foreach (var group in tags.GroupBy(tag => tag.Text)) MarkInText(group.Key, group, marker);
        MarkAroundRows(tags, marker);
        MarkAroundCells(tags, marker);
        MarkInsteadOfParagraphs(tags, tagOnlyParagraphs, marker);
        return Compose(root.ToString(SaveOptions.DisableFormatting), tags, marker);
    }

    private static XProcessingInstruction Mark(WordTag tag, string marker) => new(marker, tag.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static void MarkInText(XElement text, IEnumerable<WordTag> tags, string marker)
    {
        var value = text.Value;
        var nodes = new List<XNode>();
        var position = 0;
        foreach (var tag in tags.OrderBy(tag => tag.Span.Start))
        {
            nodes.Add(new XText(value[position..tag.Span.Start]));
            if (tag.Placement == TagPlacement.InText) nodes.Add(Mark(tag, marker));
            position = tag.Span.End;
        }
        nodes.Add(new XText(value[position..]));
        text.ReplaceNodes(nodes.Where(node => node is not XText { Value.Length: 0 }));
    }

    /// <summary>Openers go just before the row in document order; ends just after it, innermost first.</summary>
    private static void MarkAroundRows(IReadOnlyList<WordTag> tags, string marker)
    {
        foreach (var tag in tags.Where(tag => tag.Placement == TagPlacement.BeforeRow).OrderBy(tag => tag.Id))
        {
            tag.Row!.AddBeforeSelf(Mark(tag, marker));
        }
        foreach (var tag in tags.Where(tag => tag.Placement == TagPlacement.AfterRow).OrderByDescending(tag => tag.Id))
        {
            tag.Row!.AddAfterSelf(Mark(tag, marker));
        }
    }

    /// <summary>Like rows: a repeated cell's opener goes just before it and its end just after it.</summary>
    private static void MarkAroundCells(IReadOnlyList<WordTag> tags, string marker)
    {
        foreach (var tag in tags.Where(tag => tag.Placement == TagPlacement.BeforeCell).OrderBy(tag => tag.Id))
        {
            tag.Cell!.AddBeforeSelf(Mark(tag, marker));
        }
        foreach (var tag in tags.Where(tag => tag.Placement == TagPlacement.AfterCell).OrderByDescending(tag => tag.Id))
        {
            tag.Cell!.AddAfterSelf(Mark(tag, marker));
        }
    }

    private static void MarkInsteadOfParagraphs(IReadOnlyList<WordTag> tags, IReadOnlySet<XElement> paragraphs, string marker)
    {
        foreach (var paragraph in paragraphs)
        {
            var placed = tags.Where(tag => tag.Paragraph == paragraph && tag.Placement == TagPlacement.InsteadOfParagraph).ToList();
            var marks = placed.Select(tag => (XNode)Mark(tag, marker)).ToList();
            if (MustKeepShell(paragraph)) KeepShell(paragraph, marks, placed);
            paragraph.ReplaceWith(marks);
        }
    }

    /// <summary>A section break lives in a paragraph; a cell's only paragraph carries the cell's text style.</summary>
    private static bool MustKeepShell(XElement paragraph) =>
        WordXml.HoldsSectionBreak(paragraph)
        || (paragraph.Parent?.Name == WordNames.TableCell && paragraph.Parent.Elements(WordNames.Paragraph).Count() == 1);

    /// <summary>Keeps the paragraph, emptied, outside the block its tags close or open.</summary>
    private static void KeepShell(XElement paragraph, List<XNode> marks, List<WordTag> placed)
    {
        var shell = new XElement(paragraph.Name, paragraph.Attributes(), paragraph.Element(WordNames.ParagraphProperties));
        if (placed.Count > 0 && placed.All(tag => tag.Code.Role == TagRole.Close)) marks.Add(shell);
        else marks.Insert(0, shell);
    }

    /// <summary>Scriban's tablerow writes HTML cells; around a Word cell the same loop is a plain for.</summary>
    private static string AsForLoop(string code)
    {
        var keyword = code.IndexOf("tablerow", StringComparison.Ordinal);
        return string.Concat(code.AsSpan(0, keyword), "for", code.AsSpan(keyword + "tablerow".Length));
    }

    private static (string Text, List<TemplateSpan> Spans) Compose(string xml, IReadOnlyList<WordTag> tags, string marker)
    {
        var text = new StringBuilder(xml.Length + tags.Count * 16);
        var spans = new List<TemplateSpan>(tags.Count);
        var position = 0;
        foreach (Match mark in new Regex($@"<\?{marker} (\d+)\?>").Matches(xml))
        {
            ScribanText.AppendRaw(text, xml.AsSpan(position, mark.Index - position));
            var tag = tags[int.Parse(mark.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)];
            var start = ScribanText.AppendTag(text, tag.Placement == TagPlacement.BeforeCell ? AsForLoop(tag.Code.Code) : tag.Code.Code);
            spans.Add(new TemplateSpan(start, text.Length, tag));
            position = mark.Index + mark.Length;
        }
        ScribanText.AppendRaw(text, xml.AsSpan(position));
        return (text.ToString(), spans);
    }
}
