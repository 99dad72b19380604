using System.Xml.Linq;

namespace TeamBot.Core.Documents;

/// <summary>The WordprocessingML names the template engine reads or writes.</summary>
internal static class WordNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    public static readonly XName Body = W + "body";
    public static readonly XName Paragraph = W + "p";
    public static readonly XName ParagraphProperties = W + "pPr";
    public static readonly XName ParagraphStyle = W + "pStyle";
    public static readonly XName OutlineLevel = W + "outlineLvl";
    public static readonly XName SectionProperties = W + "sectPr";
    public static readonly XName Run = W + "r";
    public static readonly XName RunProperties = W + "rPr";
    public static readonly XName Text = W + "t";
    public static readonly XName Inserted = W + "ins";
    public static readonly XName Deleted = W + "del";
    public static readonly XName MovedFrom = W + "moveFrom";
    public static readonly XName MovedTo = W + "moveTo";
    public static readonly XName ProofError = W + "proofErr";
    public static readonly XName BookmarkStart = W + "bookmarkStart";
    public static readonly XName BookmarkEnd = W + "bookmarkEnd";
    public static readonly XName Table = W + "tbl";
    public static readonly XName TableRow = W + "tr";
    public static readonly XName TableCell = W + "tc";
    public static readonly XName TableCellProperties = W + "tcPr";
    public static readonly XName StructuredDocumentTag = W + "sdt";
    public static readonly XName Footnote = W + "footnote";
    public static readonly XName Endnote = W + "endnote";
    public static readonly XName TypeAttribute = W + "type";
    public static readonly XName Style = W + "style";
    public static readonly XName StyleName = W + "name";
    public static readonly XName StyleIdAttribute = W + "styleId";
    public static readonly XName ValAttribute = W + "val";
    public static readonly XName IdAttribute = W + "id";
    public static readonly XName NameAttribute = W + "name";
    public static readonly XName XmlSpace = XNamespace.Xml + "space";
    public static readonly XName DrawingProperties = Wp + "docPr";
    public static readonly XName ParagraphId = W14 + "paraId";
    public static readonly XName TextId = W14 + "textId";

    /// <summary>Run content beyond text: a paragraph holding one is never dropped as a pure block-tag paragraph.</summary>
    public static readonly IReadOnlySet<XName> RichContent = new HashSet<XName>
    {
        W + "drawing", W + "pict", W + "object", W + "fldChar", W + "fldSimple", W + "instrText",
        W + "footnoteReference", W + "endnoteReference", W + "sym", W + "ptab", W + "commentReference",
    };

    /// <summary>Elements whose content Word only opens when it ends with a paragraph.</summary>
    public static readonly IReadOnlySet<XName> ParagraphContainers = new HashSet<XName>
    {
        TableCell, W + "hdr", W + "ftr", Footnote, Endnote, W + "txbxContent", W + "comment",
    };

    /// <summary>Wrappers that only exist around runs; an emptied one is removed with its last run.</summary>
    public static readonly IReadOnlySet<XName> RunWrappers = new HashSet<XName>
    {
        Inserted, MovedTo, W + "smartTag", W + "customXml",
    };
}
