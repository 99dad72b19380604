using System.Xml.Linq;
using Scriban;

namespace TeamBot.Core.Documents;

/// <summary>A part ready to render: its parsed Scriban template and the map back to the tags.</summary>
internal sealed class PartTemplate(TemplatePart part, Template template, IReadOnlyList<TemplateSpan> spans, string wordPrefix)
{
    public TemplatePart Part { get; } = part;

    public Template Template { get; } = template;

    /// <summary>The prefix the part uses for the WordprocessingML namespace ("w" almost always).</summary>
    public string WordPrefix { get; } = wordPrefix;

    /// <summary>The tag at or just before a position in the template text.</summary>
    public WordTag? TagAt(int offset) => TagAt(spans, offset);

    public static WordTag? TagAt(IReadOnlyList<TemplateSpan> spans, int offset)
    {
        WordTag? before = null;
        foreach (var span in spans)
        {
            if (span.Start > offset) break;
            before = span.Tag;
            if (offset < span.End) break;
        }
        return before ?? (spans.Count > 0 ? spans[0].Tag : null);
    }

    public static string PrefixOf(XElement root)
    {
        var prefix = root.GetPrefixOfNamespace(WordNames.W);
        return string.IsNullOrEmpty(prefix) ? "" : prefix + ":";
    }
}
