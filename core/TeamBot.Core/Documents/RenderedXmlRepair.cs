using System.Globalization;
using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// Makes rendered XML what Word insists on: a table keeps at least one row, a cell (header,
/// footnote, …) ends with a paragraph, and ids that repetition copied are unique again.
/// </summary>
internal static class RenderedXmlRepair
{
    public static void Repair(XElement root, DrawingIds drawingIds)
    {
        RemoveTablesWithoutRows(root);
        EmptyColumns.Remove(root);
        TableGridFit.Fit(root);
        EndContainersWithParagraph(root);
        KeepParagraphAfterLastTable(root);
        MakeBookmarksUnique(root);
        RemoveRepeatedParagraphIds(root);
        drawingIds.MakeUnique(root);
    }

    /// <summary>A row loop over an empty list can leave a table with no rows, which Word refuses.</summary>
    private static void RemoveTablesWithoutRows(XElement root)
    {
        foreach (var table in root.Descendants(Table).Where(table => !table.Descendants(TableRow).Any()).ToList()) table.Remove();
    }

    private static void EndContainersWithParagraph(XElement root)
    {
        var containers = root.DescendantsAndSelf().Where(element => ParagraphContainers.Contains(element.Name)).ToList();
        foreach (var container in containers)
        {
            var last = container.Elements().LastOrDefault(element => element.Name != TableCellProperties);
            if (last is null || (last.Name != Paragraph && last.Name != StructuredDocumentTag)) container.Add(new XElement(Paragraph));
        }
    }

    /// <summary>Word ends a body with a paragraph, never a table.</summary>
    private static void KeepParagraphAfterLastTable(XElement root)
    {
        if (root.Element(Body) is not { } body) return;
        var last = body.Elements().LastOrDefault(element => element.Name != SectionProperties);
        if (last is not null && last.Name != Table) return;
        var sectionProperties = body.Element(SectionProperties);
        if (sectionProperties is not null) sectionProperties.AddBeforeSelf(new XElement(Paragraph));
        else body.Add(new XElement(Paragraph));
    }

    /// <summary>A repeated bookmark gets a fresh id (its end follows) and a numbered name.</summary>
    private static void MakeBookmarksUnique(XElement root)
    {
        var marks = root.Descendants().Where(element => element.Name == BookmarkStart || element.Name == BookmarkEnd).ToList();
        var nextId = marks.Select(mark => int.TryParse((string?)mark.Attribute(IdAttribute), out var id) ? id : 0).DefaultIfEmpty().Max() + 1;
        var seenIds = new HashSet<string>();
        var seenNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var renamed = new Dictionary<string, Queue<string>>();
        foreach (var mark in marks)
        {
            var id = (string?)mark.Attribute(IdAttribute) ?? "";
            if (mark.Name == BookmarkEnd)
            {
                if (renamed.TryGetValue(id, out var pending) && pending.Count > 0) mark.SetAttributeValue(IdAttribute, pending.Dequeue());
                continue;
            }
            if (!seenIds.Add(id))
            {
                var fresh = (nextId++).ToString(CultureInfo.InvariantCulture);
                if (!renamed.TryGetValue(id, out var queue)) renamed[id] = queue = new Queue<string>();
                queue.Enqueue(fresh);
                mark.SetAttributeValue(IdAttribute, fresh);
            }
            UniqueName(mark, seenNames);
        }
    }

    private static void UniqueName(XElement mark, HashSet<string> seenNames)
    {
        var name = (string?)mark.Attribute(NameAttribute);
        if (name is null || seenNames.Add(name)) return;
        var number = 2;
        while (!seenNames.Add($"{name}_{number}")) number++;
        mark.SetAttributeValue(NameAttribute, $"{name}_{number}");
    }

    /// <summary>Paragraph ids are optional but must be unique; copies lose theirs.</summary>
    private static void RemoveRepeatedParagraphIds(XElement root)
    {
        var seen = new HashSet<string>();
        foreach (var paragraph in root.Descendants(Paragraph))
        {
            if (paragraph.Attribute(ParagraphId) is { } id && !seen.Add(id.Value))
            {
                id.Remove();
                paragraph.Attribute(TextId)?.Remove();
            }
        }
    }
}
