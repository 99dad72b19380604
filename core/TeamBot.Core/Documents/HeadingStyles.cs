using System.Text.RegularExpressions;
using System.Xml.Linq;
using static TeamBot.Core.Documents.WordNames;

namespace TeamBot.Core.Documents;

/// <summary>
/// Which paragraph styles are headings. Style ids are localised ("Kop1" in Dutch Word) but the stored
/// names of built-in styles are not ("heading 1"), so the styles part decides; the id is a fallback.
/// </summary>
internal sealed partial class HeadingStyles(IReadOnlySet<string> headingStyleIds)
{
    public static HeadingStyles From(XDocument? styles)
    {
        var ids = styles?.Root?.Elements(Style)
            .Where(IsHeadingStyle)
            .Select(style => (string?)style.Attribute(StyleIdAttribute))
            .OfType<string>()
            .ToHashSet() ?? [];
        return new HeadingStyles(ids);
    }

    public bool IsHeading(XElement paragraph)
    {
        var properties = paragraph.Element(ParagraphProperties);
        if (properties?.Element(OutlineLevel) is { } level) return IsOutlineLevel(level);
        var styleId = (string?)properties?.Element(ParagraphStyle)?.Attribute(ValAttribute);
        return styleId is not null && (headingStyleIds.Contains(styleId) || HeadingId().IsMatch(styleId));
    }

    private static bool IsHeadingStyle(XElement style)
    {
        var name = (string?)style.Element(StyleName)?.Attribute(ValAttribute) ?? "";
        if (HeadingName().IsMatch(name)) return true;
        return style.Element(ParagraphProperties)?.Element(OutlineLevel) is { } level && IsOutlineLevel(level);
    }

    /// <summary>Outline level 9 is "body text".</summary>
    private static bool IsOutlineLevel(XElement level) => int.TryParse((string?)level.Attribute(ValAttribute), out var value) && value < 9;

    [GeneratedRegex(@"^(heading \d|title)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(heading|kop)\d$|^(title|titel)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingId();
}
