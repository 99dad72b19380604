using System.Globalization;
using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// Collects the footnotes a render makes: each gets the next free id and a w:footnote in Word's own shape (the
/// footnoteRef mark, a space, the text); Word numbers them itself, in document order.
/// </summary>
internal sealed class FootnoteWriter(int firstId, FootnoteStyles styles)
{
    private readonly int first = firstId;
    private int next = firstId;

    public List<XElement> Notes { get; } = [];

    public FootnoteStyles Styles { get; } = styles;

    /// <summary>The reference run for the body; the note itself goes to <see cref="Notes"/>.</summary>
    public XElement Reference(List<XElement> noteRuns)
    {
        var id = (next++).ToString(CultureInfo.InvariantCulture);
        Notes.Add(new XElement(Footnote, new XAttribute(IdAttribute, id),
            new XElement(Paragraph,
                new XElement(ParagraphProperties, new XElement(ParagraphStyle, new XAttribute(ValAttribute, Styles.TextId))),
                new XElement(Run, ReferenceProperties(), new XElement(W + "footnoteRef")),
                new XElement(Run, new XElement(Text, new XAttribute(XmlSpace, "preserve"), " ")),
                noteRuns)));
        return new XElement(Run, ReferenceProperties(), new XElement(W + "footnoteReference", new XAttribute(IdAttribute, id)));
    }

    /// <summary>
    /// Runs are rewritten last to first, so ids come out in reverse. LibreOffice pairs the n-th reference with the n-th
    /// note of the part, whatever their ids, so ids and notes are put back in document order.
    /// </summary>
    public void NumberInDocumentOrder(XElement body)
    {
        var ours = Notes.ToDictionary(note => (string)note.Attribute(IdAttribute)!);
        var references = body.Descendants(W + "footnoteReference").Where(reference => ours.ContainsKey((string?)reference.Attribute(IdAttribute) ?? "")).ToList();
        var ordered = new List<XElement>();
        foreach (var (reference, index) in references.Select((reference, index) => (reference, index)))
        {
            var note = ours[(string)reference.Attribute(IdAttribute)!];
            var id = (first + index).ToString(CultureInfo.InvariantCulture);
            reference.SetAttributeValue(IdAttribute, id);
            note.SetAttributeValue(IdAttribute, id);
            ordered.Add(note);
        }
        Notes.Clear();
        Notes.AddRange(ordered);
    }

    /// <summary>The first id above every note of the template (separators are -1 and 0, or 0 and 1).</summary>
    public static int FirstFreeId(XDocument? footnotes) =>
        Math.Max(1, (footnotes?.Root?.Elements(Footnote)
            .Select(note => int.TryParse((string?)note.Attribute(IdAttribute), out var id) ? id : 0)
            .DefaultIfEmpty(0)
            .Max() ?? 0) + 1);

    /// <summary>A fresh footnotes part: Word requires the separator and continuation separator notes.</summary>
    public static XDocument NewPart() => new(new XElement(W + "footnotes", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName),
        Separator("-1", "separator", "separator"), Separator("0", "continuationSeparator", "continuationSeparator")));

    private static XElement Separator(string id, string type, string mark) =>
        new(Footnote, new XAttribute(TypeAttribute, type), new XAttribute(IdAttribute, id),
            new XElement(Paragraph,
                new XElement(ParagraphProperties, new XElement(W + "spacing", new XAttribute(W + "after", "0"), new XAttribute(W + "line", "240"), new XAttribute(W + "lineRule", "auto"))),
                new XElement(Run, new XElement(W + mark))));

    private XElement ReferenceProperties() => Styles.HasStylesPart
        ? new XElement(RunProperties, new XElement(W + "rStyle", new XAttribute(ValAttribute, Styles.ReferenceId)))
        : new XElement(RunProperties, new XElement(W + "vertAlign", new XAttribute(ValAttribute, "superscript")));
}
