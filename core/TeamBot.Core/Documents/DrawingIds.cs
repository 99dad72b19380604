using System.Xml.Linq;

namespace TeamBot.Core.Documents;

/// <summary>
/// Drawing ids (wp:docPr/@id) must be unique over the whole document or Word reports it damaged;
/// a repeated paragraph with a picture copies them. New ids start above every id in the template.
/// </summary>
internal sealed class DrawingIds(uint highestInTemplate)
{
    private readonly HashSet<uint> used = [];
    private uint next = highestInTemplate + 1;

    public static uint Highest(IEnumerable<XElement> roots) =>
        roots.SelectMany(root => root.Descendants(WordNames.DrawingProperties))
            .Select(Id)
            .DefaultIfEmpty()
            .Max();

    /// <summary>An id for a drawing the renderer adds; <see cref="MakeUnique"/> then keeps it.</summary>
    public uint Next() => next++;

    public void MakeUnique(XElement root)
    {
        foreach (var drawing in root.Descendants(WordNames.DrawingProperties))
        {
            if (used.Add(Id(drawing))) continue;
            drawing.SetAttributeValue("id", next);
            used.Add(next++);
        }
    }

    private static uint Id(XElement drawing) => uint.TryParse((string?)drawing.Attribute("id"), out var id) ? id : 0;
}
