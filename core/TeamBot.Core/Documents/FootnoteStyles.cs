using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// The styles of a footnote: Word's built-in "footnote reference" (superscript number) and "footnote text", found by
/// their language-independent names so a Dutch template's Voetnootmarkering is used; added when the template lacks them.
/// </summary>
internal sealed class FootnoteStyles
{
    private const string ReferenceName = "footnote reference";
    private const string TextName = "footnote text";
    private readonly XDocument? styles;

    private FootnoteStyles(XDocument? styles, string? referenceId, string? textId)
    {
        this.styles = styles;
        ReferenceId = referenceId ?? FreeId(styles, "Voetnootmarkering");
        TextId = textId ?? FreeId(styles, "Voetnoottekst");
        MissingReference = referenceId is null;
        MissingText = textId is null;
    }

    public string ReferenceId { get; }

    public string TextId { get; }

    /// <summary>Without a styles part nothing can be added: the reference is then superscript by direct formatting.</summary>
    public bool HasStylesPart => styles is not null;

    private bool MissingReference { get; }

    private bool MissingText { get; }

    public static FootnoteStyles Find(XDocument? styles) => new(styles, IdOf(styles, ReferenceName, "character"), IdOf(styles, TextName, "paragraph"));

    /// <summary>Adds the styles the template lacks; true when the styles part changed.</summary>
    public bool AddMissing()
    {
        if (styles?.Root is not { } root || (!MissingReference && !MissingText)) return false;
        if (MissingReference)
            root.Add(Style("character", ReferenceId, ReferenceName, null,
                new XElement(RunProperties, new XElement(W + "vertAlign", new XAttribute(ValAttribute, "superscript")))));
        if (MissingText)
            root.Add(Style("paragraph", TextId, TextName,
                new XElement(ParagraphProperties, new XElement(W + "spacing", new XAttribute(W + "after", "0"), new XAttribute(W + "line", "240"), new XAttribute(W + "lineRule", "auto"))),
                new XElement(RunProperties, new XElement(W + "sz", new XAttribute(ValAttribute, "18")), new XElement(W + "szCs", new XAttribute(ValAttribute, "18")))));
        return true;
    }

    private static XElement Style(string type, string id, string name, XElement? paragraph, XElement run) =>
        new(WordNames.Style, new XAttribute(TypeAttribute, type), new XAttribute(StyleIdAttribute, id),
            new XElement(StyleName, new XAttribute(ValAttribute, name)),
            new XElement(W + "uiPriority", new XAttribute(ValAttribute, "99")),
            new XElement(W + "unhideWhenUsed"),
            paragraph, run);

    private static string? IdOf(XDocument? styles, string name, string type) => styles?.Root?.Elements(WordNames.Style)
        .FirstOrDefault(style => (string?)style.Attribute(TypeAttribute) == type &&
            string.Equals((string?)style.Element(StyleName)?.Attribute(ValAttribute), name, StringComparison.OrdinalIgnoreCase))
        ?.Attribute(StyleIdAttribute)?.Value;

    private static string FreeId(XDocument? styles, string wanted)
    {
        var taken = styles?.Root?.Elements(WordNames.Style).Select(style => (string?)style.Attribute(StyleIdAttribute)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var id = wanted;
        for (var number = 2; taken.Contains(id); number++) id = $"{wanted}{number}";
        return id;
    }
}
