using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>Small queries over paragraphs that several steps share.</summary>
internal static class WordXml
{
    /// <summary>The live text elements of this paragraph: not those of a nested text-box paragraph, nor deleted ones.</summary>
    public static List<XElement> OwnTexts(XElement paragraph) =>
        paragraph.Descendants(Text).Where(text => IsOwnLiveNode(text, paragraph)).ToList();

    public static bool IsOwnLiveNode(XElement node, XElement paragraph)
    {
        for (var parent = node.Parent; parent is not null && parent != paragraph; parent = parent.Parent)
        {
            if (parent.Name == Paragraph || parent.Name == Deleted || parent.Name == MovedFrom) return false;
        }
        return true;
    }

    public static string PlainText(XElement paragraph) => string.Concat(OwnTexts(paragraph).Select(text => text.Value));

    public static bool HasRichContent(XElement paragraph) =>
        paragraph.Descendants().Any(node => RichContent.Contains(node.Name) && IsOwnLiveNode(node, paragraph));

    public static bool HoldsSectionBreak(XElement paragraph) =>
        paragraph.Element(ParagraphProperties)?.Element(SectionProperties) is not null;

    public static XElement? NearestAncestor(XElement node, XName name) => node.Ancestors(name).FirstOrDefault();

    public static string Shorten(string text, int max = 80)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..(max - 1)] + "…";
    }
}
