using System.Xml.Linq;

namespace TeamBot.Core.Documents;

/// <summary>
/// Decides per block how it maps onto the document: inside one paragraph (inline), around whole
/// paragraphs (each tag alone in its own paragraph, all side by side), or around one table row
/// (tags in different cells of that row). Anything else cannot be rendered and is explained.
/// </summary>
internal static class BlockLayout
{
    /// <summary>Places every tag; returns the paragraphs that give way to their tags.</summary>
    public static HashSet<XElement> Arrange(IReadOnlyList<WordTag> tags, IReadOnlyList<TagBlock> blocks, PartProblems problems)
    {
        var tagOnly = TagOnlyParagraphs(tags);
        foreach (var block in blocks) Arrange(block, tagOnly, problems);
        foreach (var tag in tags.Where(tag => tag.Placement == TagPlacement.InText && tagOnly.Contains(tag.Paragraph)))
        {
            tag.Placement = TagPlacement.InsteadOfParagraph;
        }
        return tagOnly;
    }

    /// <summary>Paragraphs holding nothing but block and silent tags: they give way to their tags.</summary>
    private static HashSet<XElement> TagOnlyParagraphs(IEnumerable<WordTag> tags) =>
        tags.GroupBy(tag => tag.Paragraph)
            .Where(group => group.All(tag => tag.Code.Role is TagRole.Open or TagRole.Middle or TagRole.Close or TagRole.Silent))
            .Select(group => group.Key)
            .Where(paragraph => string.IsNullOrWhiteSpace(TagScanner.WithoutTags(WordXml.PlainText(paragraph))))
            .Where(paragraph => !WordXml.HasRichContent(paragraph))
            .ToHashSet();

    private static void Arrange(TagBlock block, HashSet<XElement> tagOnly, PartProblems problems)
    {
        if (block.Open.Code.Keyword == "tablerow")
        {
            PlaceAroundCell(block, problems);
            return;
        }
        var paragraphs = block.Tags.Select(tag => tag.Paragraph).Distinct().ToList();
        if (paragraphs.Count == 1)
        {
            if (!tagOnly.Contains(paragraphs[0]) && !ShareRunLevel(block)) problems.Add(block.Open, MixedRunLevels(block));
            return;
        }
        if (paragraphs.All(tagOnly.Contains) && paragraphs.Select(paragraph => paragraph.Parent).Distinct().Count() == 1) return;
        if (IsRowBlock(block))
        {
            PlaceAroundRow(block, problems);
            return;
        }
        problems.Add(block.Open, Explain(block, tagOnly));
    }

    private static bool ShareRunLevel(TagBlock block) => block.Tags.Select(tag => tag.Text.Parent?.Parent).Distinct().Count() == 1;

    private static bool IsRowBlock(TagBlock block)
    {
        var rows = block.Tags.Select(tag => tag.Row).Distinct().ToList();
        return rows is [not null] && block.Tags.Select(tag => tag.Cell).Distinct().Count() > 1;
    }

    private static void PlaceAroundRow(TagBlock block, PartProblems problems)
    {
        foreach (var middle in block.Middles)
        {
            problems.Add(middle, $"{middle.Source} kan niet in een blok over een tabelrij staan: zo'n blok heeft alleen een begin in de ene cel en {{{{ end }}}} in een andere. Zet de keuze binnen één cel.");
        }
        block.Open.Placement = TagPlacement.BeforeRow;
        block.Close.Placement = TagPlacement.AfterRow;
    }

    /// <summary>A tablerow block repeats the one cell it opens and closes in: a column per item, as Liquid's tablerow makes a cell per item.</summary>
    private static void PlaceAroundCell(TagBlock block, PartProblems problems)
    {
        var cell = block.Open.Cell;
        if (cell is null || block.Tags.Any(tag => tag.Cell != cell))
        {
            problems.Add(block.Open, $"{block.Open.Source} herhaalt een tabelcel (een kolom per item): zet het begin aan het begin en {{{{ end }}}} aan het eind van dezelfde cel.");
            return;
        }
        foreach (var middle in block.Middles)
        {
            problems.Add(middle, $"{middle.Source} kan niet in een tablerow-blok staan: zet de keuze binnen de cel in een eigen if-blok.");
        }
        block.Open.Placement = TagPlacement.BeforeCell;
        block.Close.Placement = TagPlacement.AfterCell;
    }

    private static string MixedRunLevels(TagBlock block) =>
        $"{block.Open.Source} en {block.Close.Source} staan in dezelfde alinea maar op een ander niveau (een deel zit bijvoorbeeld in een hyperlink of inhoudsbesturingselement). Zet het hele blok erbinnen of erbuiten.";

    private static string Explain(TagBlock block, HashSet<XElement> tagOnly)
    {
        var open = block.Open;
        var other = block.Tags.First(tag => tag.Paragraph != open.Paragraph);
        var pair = $"{open.Source} ({open.Place.Location}) en {other.Source} ({other.Place.Location})";
        if (open.Row is not null && other.Row is not null && open.Row != other.Row && TableOf(open) == TableOf(other))
        {
            return $"{pair} staan in verschillende rijen van de tabel. Een blok over een tabelrij opent en sluit in dezelfde rij: zet het begin in de eerste cel en {{{{ end }}}} in de laatste cel van die rij.";
        }
        if (TableOf(open) != TableOf(other))
        {
            return $"{pair} staan deels in een tabel en deels erbuiten, of in verschillende tabellen. Open en sluit een blok op hetzelfde niveau: beide buiten de tabel, of beide in één tabelrij.";
        }
        if (!block.Tags.All(tag => tagOnly.Contains(tag.Paragraph)))
        {
            return $"{pair} staan in verschillende alinea's, maar niet elk alleen in een eigen alinea. Zet elke for-, if-, else- en end-tag alleen in een eigen alinea, zonder andere tekst, afbeelding, veld, voetnootverwijzing of opmerking (dan wordt de hele alinea herhaald of weggelaten), of zet het hele blok in één alinea.";
        }
        return $"{pair} staan niet op hetzelfde niveau (bijvoorbeeld één in een tekstvak of inhoudsbesturingselement). Zet de alinea's met deze tags direct onder elkaar.";
    }

    private static XElement? TableOf(WordTag tag) => tag.Row is { } row ? WordXml.NearestAncestor(row, WordNames.Table) : null;
}
