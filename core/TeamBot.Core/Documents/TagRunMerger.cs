using System.Text;
using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// Word splits typed text over runs (spell check, revisions, formatting changes). This puts every tag
/// of a paragraph whole into the text element where it starts, so its value takes that run's formatting.
/// Deleted revisions and spell-check markers inside a tag go; inserted text counts as typed.
/// </summary>
internal static class TagRunMerger
{
    /// <summary>Merges the paragraph's tags; returns the start of a tag that is never closed, or null.</summary>
    public static string? Merge(XElement paragraph)
    {
        var texts = WordXml.OwnTexts(paragraph);
        if (texts.Count == 0) return null;
        var full = string.Concat(texts.Select(text => text.Value));
        if (!TagScanner.MayHoldTag(full)) return null;
        var (tags, unclosedAt) = TagScanner.Scan(full);
        if (tags.Count > 0) Rebuild(paragraph, texts, full, tags);
        return unclosedAt is int start ? WordXml.Shorten(full[start..], 60) : null;
    }

    private static void Rebuild(XElement paragraph, List<XElement> texts, string full, List<TextSpan> tags)
    {
        var owners = OwnerOfEachCharacter(texts, full.Length);
        foreach (var tag in tags)
        {
            var first = owners[tag.Start];
            var last = owners[tag.End - 1];
            for (var i = tag.Start; i < tag.End; i++) owners[i] = first;
            if (first != last) RemoveMarkupBetween(paragraph, texts[first], texts[last]);
        }
        WriteBack(texts, owners, full, tags);
    }

    private static int[] OwnerOfEachCharacter(List<XElement> texts, int length)
    {
        var owners = new int[length];
        var position = 0;
        for (var index = 0; index < texts.Count; index++)
        {
            var textLength = texts[index].Value.Length;
            Array.Fill(owners, index, position, textLength);
            position += textLength;
        }
        return owners;
    }

    /// <summary>Deleted text and spell-check markers between two pieces of one tag are not part of it.</summary>
    private static void RemoveMarkupBetween(XElement paragraph, XElement first, XElement last)
    {
        var between = paragraph.Descendants()
            .Where(node => node.Name == Deleted || node.Name == MovedFrom || node.Name == ProofError)
            .Where(node => node.IsAfter(first) && node.IsBefore(last))
            .ToList();
        foreach (var node in between) node.Remove();
    }

    private static void WriteBack(List<XElement> texts, int[] owners, string full, List<TextSpan> tags)
    {
        var builders = texts.Select(_ => new StringBuilder()).ToArray();
        for (var i = 0; i < full.Length; i++) builders[owners[i]].Append(full[i]);
        var holdsTag = tags.Select(tag => owners[tag.Start]).ToHashSet();
        for (var index = 0; index < texts.Count; index++)
        {
            var text = texts[index];
            var value = builders[index].ToString();
            if (value == text.Value && !holdsTag.Contains(index)) continue;
            if (value.Length == 0) RemoveEmptiedText(text);
            else
            {
                text.Value = value;
                text.SetAttributeValue(XmlSpace, "preserve");
            }
        }
    }

    /// <summary>A run that only carried part of a tag goes, and so does a revision wrapper it leaves empty.</summary>
    private static void RemoveEmptiedText(XElement text)
    {
        var run = text.Parent;
        text.Remove();
        if (run is null || run.Name != Run || run.Elements().Any(child => child.Name != RunProperties)) return;
        var wrapper = run.Parent;
        run.Remove();
        if (wrapper is not null && RunWrappers.Contains(wrapper.Name) && !wrapper.Elements().Any()) wrapper.Remove();
    }
}
