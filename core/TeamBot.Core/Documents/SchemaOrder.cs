using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>Word refuses properties out of schema order; these insert a child where the schema wants it.</summary>
internal static class SchemaOrder
{
    private static readonly XName[] RunProperties =
    [
        .. new[] { "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
            "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position",
            "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
            "eastAsianLayout", "specVanish", "oMath" }.Select(name => W + name),
    ];

    private static readonly XName[] ParagraphProperties =
    [
        .. new[] { "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr" }.Select(name => W + name),
    ];

    /// <summary>Sets <paramref name="property"/> in run properties, replacing one of the same name.</summary>
    public static void SetRunProperty(XElement runProperties, XElement property) => Set(runProperties, property, RunProperties);

    /// <summary>Sets <paramref name="property"/> in paragraph properties (up to numPr, which is all we write).</summary>
    public static void SetParagraphProperty(XElement paragraphProperties, XElement property) => Set(paragraphProperties, property, ParagraphProperties);

    private static void Set(XElement parent, XElement property, XName[] order)
    {
        parent.Element(property.Name)?.Remove();
        var rank = Array.IndexOf(order, property.Name);
        var before = parent.Elements().FirstOrDefault(child => Array.IndexOf(order, child.Name) is var other && (other > rank || other < 0));
        if (before is null) parent.Add(property);
        else before.AddBeforeSelf(property);
    }

    /// <summary>The paragraph's pPr, created first in the paragraph when missing.</summary>
    public static XElement ParagraphPropertiesOf(XElement paragraph)
    {
        if (paragraph.Element(WordNames.ParagraphProperties) is { } existing) return existing;
        var created = new XElement(WordNames.ParagraphProperties);
        paragraph.AddFirst(created);
        return created;
    }
}
