using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Decides which Word paragraphs are headings, and at what level: an outline level on the paragraph,
/// else the first style in its basedOn chain whose id or name is a heading ("Heading1", "heading 1",
/// "Kop1", "Kop 1", "Title", "Titel") or that sets an outline level.
/// </summary>
internal sealed partial class DocxHeadingStyles
{
    /// <summary>The level of a Title-style paragraph: the document itself, above chapter headings.</summary>
    public const int TitleLevel = 0;

    // Word's outline level 9 means body text; 0..8 are heading levels 1..9.
    private const int BodyTextOutlineLevel = 9;

    private readonly Dictionary<string, Style> _styles;
    private readonly string? _defaultParagraphStyleId;

    private DocxHeadingStyles(IEnumerable<Style> styles)
    {
        var identifiedStyles = styles.Where(style => style.StyleId?.Value is not null).ToList();
        _styles = identifiedStyles.DistinctBy(style => style.StyleId!.Value!).ToDictionary(style => style.StyleId!.Value!, StringComparer.Ordinal);
        _defaultParagraphStyleId = identifiedStyles
            .FirstOrDefault(style => style.Default?.Value == true && style.Type?.Value == StyleValues.Paragraph)?.StyleId?.Value;
    }

    public static DocxHeadingStyles From(MainDocumentPart mainPart) =>
        new(mainPart.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? []);

    /// <summary>The heading level of the paragraph, or null for body text.</summary>
    public int? LevelOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is int outlineLevel) return FromOutlineLevel(outlineLevel);
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyleId;
        return styleId is null ? null : LevelOfStyle(styleId);
    }

    private int? LevelOfStyle(string styleId)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (string? id = styleId; id is not null && visited.Add(id); id = _styles.GetValueOrDefault(id)?.BasedOn?.Val?.Value)
        {
            if (FromStyleName(id) is int levelById) return levelById;
            if (!_styles.TryGetValue(id, out var style)) return null;
            if (FromStyleName(style.StyleName?.Val?.Value) is int levelByName) return levelByName;
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outlineLevel) return FromOutlineLevel(outlineLevel);
        }

        return null;
    }

    private static int? FromOutlineLevel(int outlineLevel) =>
        outlineLevel is >= 0 and < BodyTextOutlineLevel ? outlineLevel + 1 : null;

    private static int? FromStyleName(string? name)
    {
        if (name is null) return null;
        var compact = name.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Equals("Title", StringComparison.OrdinalIgnoreCase) || compact.Equals("Titel", StringComparison.OrdinalIgnoreCase))
            return TitleLevel;
        var heading = HeadingStyleName().Match(compact);
        return heading.Success ? int.Parse(heading.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:heading|kop)(?<level>[1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingStyleName();
}
