using System.Globalization;
using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// Makes each list instance start at 1 as Word does it: a paragraph marked as a list start gets a fresh w:num (the same
/// abstractNum, with a startOverride of 1), and it and the paragraphs after it that used the same numbering move to
/// that w:num, until the next list start. Word can then continue, restart or renumber the lists as usual.
/// </summary>
internal sealed class NumberingRestarter(XDocument numbering, XDocument? styles)
{
    private static readonly XName Num = W + "num";
    private static readonly XName NumId = W + "numId";
    private static readonly XName NumIdAttribute = W + "numId";
    private static readonly XName AbstractNumId = W + "abstractNumId";
    private static readonly XName Level = W + "ilvl";
    private static readonly XName NumberingProperties = W + "numPr";
    private readonly Dictionary<string, (string NumId, string Level)> byStyle = StyleNumbering(styles);

    /// <summary>Restarts the lists; true when numbering.xml changed.</summary>
    public bool Restart(XElement root, IReadOnlySet<XElement> listStarts)
    {
        var current = new Dictionary<string, string>();
        var changed = false;
        foreach (var paragraph in root.Descendants(Paragraph))
        {
            if (Numbering(paragraph) is not { } list) continue;
            if (listStarts.Contains(paragraph) && NewInstance(list.NumId, list.Level) is { } fresh)
            {
                current[list.NumId] = fresh;
                changed = true;
            }
            if (current.TryGetValue(list.NumId, out var instance)) SetNumbering(paragraph, instance, list.Level);
        }
        return changed;
    }

    /// <summary>The paragraph's own numbering, or its style's (following basedOn); null when it is no list item.</summary>
    private (string NumId, string Level)? Numbering(XElement paragraph)
    {
        var properties = paragraph.Element(ParagraphProperties);
        var direct = properties?.Element(NumberingProperties);
        var style = (string?)properties?.Element(ParagraphStyle)?.Attribute(ValAttribute);
        var inherited = style is not null && byStyle.TryGetValue(style, out var found) ? found : ((string, string)?)null;
        var numId = (string?)direct?.Element(NumId)?.Attribute(ValAttribute) ?? inherited?.Item1;
        var level = (string?)direct?.Element(Level)?.Attribute(ValAttribute) ?? inherited?.Item2 ?? "0";
        return numId is null or "0" ? null : (numId, level);
    }

    private string? NewInstance(string numId, string level)
    {
        var root = numbering.Root!;
        var nums = root.Elements(Num).ToList();
        var original = nums.FirstOrDefault(num => (string?)num.Attribute(NumIdAttribute) == numId);
        if (original?.Element(AbstractNumId)?.Attribute(ValAttribute)?.Value is not { } abstractId) return null;
        var next = nums.Select(num => int.TryParse((string?)num.Attribute(NumIdAttribute), out var id) ? id : 0).DefaultIfEmpty(0).Max() + 1;
        var fresh = next.ToString(CultureInfo.InvariantCulture);
        var num = new XElement(Num, new XAttribute(NumIdAttribute, fresh),
            new XElement(AbstractNumId, new XAttribute(ValAttribute, abstractId)),
            new XElement(W + "lvlOverride", new XAttribute(Level, level), new XElement(W + "startOverride", new XAttribute(ValAttribute, "1"))));
        nums[^1].AddAfterSelf(num);
        return fresh;
    }

    private static void SetNumbering(XElement paragraph, string numId, string level) =>
        SchemaOrder.SetParagraphProperty(SchemaOrder.ParagraphPropertiesOf(paragraph),
            new XElement(NumberingProperties, new XElement(Level, new XAttribute(ValAttribute, level)), new XElement(NumId, new XAttribute(ValAttribute, numId))));

    private static Dictionary<string, (string, string)> StyleNumbering(XDocument? styles)
    {
        var all = styles?.Root?.Elements(Style).Where(style => style.Attribute(StyleIdAttribute) is not null)
            .GroupBy(style => style.Attribute(StyleIdAttribute)!.Value).ToDictionary(group => group.Key, group => group.First()) ?? [];
        var result = new Dictionary<string, (string, string)>();
        foreach (var id in all.Keys)
            if (Inherited(all, id) is { } numbering) result[id] = numbering;
        return result;
    }

    /// <summary>Up the basedOn chain (bounded: a loop in a broken template must not hang).</summary>
    private static (string, string)? Inherited(Dictionary<string, XElement> styles, string id)
    {
        for (var depth = 0; depth < 20 && styles.TryGetValue(id, out var style); depth++)
        {
            if (style.Element(ParagraphProperties)?.Element(NumberingProperties) is { } numbering &&
                (string?)numbering.Element(NumId)?.Attribute(ValAttribute) is { } numId)
                return (numId, (string?)numbering.Element(Level)?.Attribute(ValAttribute) ?? "0");
            if ((string?)style.Element(W + "basedOn")?.Attribute(ValAttribute) is not { } parent) return null;
            id = parent;
        }
        return null;
    }
}
