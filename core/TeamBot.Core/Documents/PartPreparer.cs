using System.Xml.Linq;
using Scriban;
using Scriban.Parsing;

namespace TeamBot.Core.Documents;

/// <summary>
/// Everything before rendering, for one part: merge split tags, find and check every tag, pair
/// blocks, lay them out and build the Scriban template. All problems are collected, none stop it early.
/// </summary>
internal static class PartPreparer
{
    /// <summary>The part's template, or null when the part has no tags or has problems (added to <paramref name="problems"/>).</summary>
    public static PartTemplate? Prepare(TemplatePart part, XDocument xml, HeadingStyles headings, PartProblems problems)
    {
        var root = xml.Root;
        if (root is null) return null;
        var locator = new ParagraphLocator(root, headings);
        MergeRuns(root, locator, problems);
        var tags = CollectTags(root, locator);
        if (tags.Count == 0) return null;
        CheckEachTag(tags, problems);
        var blocks = TagBlockMatcher.Match(tags, problems);
        var tagOnlyParagraphs = BlockLayout.Arrange(tags, blocks, problems);
        if (problems.Any) return null;
        var (text, spans) = PartTemplateBuilder.Build(root, tags, tagOnlyParagraphs);
        var template = Template.Parse(text);
        if (ReportParseErrors(template, spans, problems)) return null;
        return new PartTemplate(part, template, spans, PartTemplate.PrefixOf(root));
    }

    private static void MergeRuns(XElement root, ParagraphLocator locator, PartProblems problems)
    {
        foreach (var paragraph in root.Descendants(WordNames.Paragraph).ToList())
        {
            if (TagRunMerger.Merge(paragraph) is { } unclosed)
            {
                problems.Add(unclosed, locator.Locate(paragraph), "Deze tag wordt in dezelfde alinea niet gesloten met }}. Een tag opent en sluit binnen één alinea.");
            }
        }
    }

    private static List<WordTag> CollectTags(XElement root, ParagraphLocator locator)
    {
        var tags = new List<WordTag>();
        foreach (var text in root.Descendants(WordNames.Text).Where(text => TagScanner.MayHoldTag(text.Value)))
        {
            var paragraph = WordXml.NearestAncestor(text, WordNames.Paragraph);
            if (paragraph is null || !WordXml.IsOwnLiveNode(text, paragraph)) continue;
            var place = locator.Locate(paragraph);
            foreach (var span in TagScanner.Scan(text.Value).Tags)
            {
                var source = text.Value.Substring(span.Start, span.Length);
                var code = TagCode.Read(source[TagScanner.Open.Length..^TagScanner.Close.Length]);
                tags.Add(new WordTag(tags.Count, source, code, text, span, paragraph, place));
            }
        }
        return tags;
    }

    private static void CheckEachTag(List<WordTag> tags, PartProblems problems)
    {
        foreach (var tag in tags)
        {
            if (tag.Code.Code.Contains(TagScanner.Open, StringComparison.Ordinal))
            {
                problems.Add(tag, "Deze tag bevat een tweede {{. Sluit elke tag met }} voordat de volgende begint.");
                continue;
            }
            var errors = TagSyntax.Errors(tag.Code);
            if (errors.Count > 0) problems.Add(tag, "Scriban kan deze tag niet lezen: " + string.Join(" ", errors));
        }
    }

    /// <summary>Errors only the whole template shows (an else after else, when outside case), traced to their tag.</summary>
    private static bool ReportParseErrors(Template template, List<TemplateSpan> spans, PartProblems problems)
    {
        var errors = template.Messages.Where(message => message.Type == ParserMessageType.Error).ToList();
        foreach (var error in errors)
        {
            problems.Add(PartTemplate.TagAt(spans, error.Span.Start.Offset), "onbekende plek", "Scriban kan het sjabloon hier niet lezen: " + ScribanMessages.Parse(error.Message));
        }
        return errors.Count > 0;
    }
}
