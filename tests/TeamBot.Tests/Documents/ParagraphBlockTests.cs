using DocumentFormat.OpenXml.Wordprocessing;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class ParagraphBlockTests
{
    private static readonly Dictionary<string, object?> Plan = new()
    {
        ["speerpunten"] = new List<object> { "Toegang versterken", "Contracten vereenvoudigen" },
        ["hoofdprocessen"] = new List<object>
        {
            new Dictionary<string, object?> { ["naam"] = "Inkoop", ["acties"] = new List<object> { "Aanbesteding", "Marktconsultatie" } },
            new Dictionary<string, object?> { ["naam"] = "Contractmanagement", ["acties"] = new List<object> { "Gesprekken" } },
        },
        ["evaluatie"] = false,
        ["status"] = "concept",
    };

    [Fact]
    public void For_alone_in_paragraphs_repeats_the_paragraphs_between_without_blank_lines()
    {
        var template = new WordTemplate(P("Speerpunten:"), P("{{ for s in speerpunten }}"), P("- {{ s }}"), P("{{ end }}"), P("Einde"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Speerpunten:", "- Toegang versterken", "- Contracten vereenvoudigen", "Einde"], document.BodyTexts());
    }

    [Fact]
    public void If_else_alone_in_paragraphs_keeps_one_branch_and_drops_the_other()
    {
        var template = new WordTemplate(
            P("{{ if evaluatie }}"), P("Evaluatie"), P("Stand van zaken"),
            P("{{ else if status == \"concept\" }}"), P("Concept"),
            P("{{ else }}"), P("Uitvoeringsplan"),
            P("{{ end }}"), P("Slot"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Concept", "Slot"], document.BodyTexts());
    }

    [Fact]
    public void Case_when_alone_in_paragraphs_keeps_the_matching_paragraphs()
    {
        var template = new WordTemplate(
            P("{{ case status }}"), P("{{ when \"definitief\" }}"), P("Vastgesteld"), P("{{ when \"concept\" }}"), P("Concept"), P("Ter bespreking"), P("{{ end }}"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Concept", "Ter bespreking"], document.BodyTexts());
    }

    [Fact]
    public void False_if_drops_its_paragraphs_and_a_table_inside_it()
    {
        var template = new WordTemplate(P("Voor"), P("{{ if evaluatie }}"), P("Weg"), Table(Row("a", "b")), P("{{ end }}"), P("Na"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Voor", "Na"], document.BodyTexts());
    }

    [Fact]
    public void Paragraph_loop_nests_inside_paragraph_loop()
    {
        var template = new WordTemplate(
            P("{{ for h in hoofdprocessen }}"), Heading("{{ h.naam }}"),
            P("{{ for a in h.acties }}"), P("{{ for.index + 1 }}. {{ a }}"), P("{{ end }}"),
            P("{{ end }}"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Inkoop", "1. Aanbesteding", "2. Marktconsultatie", "Contractmanagement", "1. Gesprekken"], document.BodyTexts());
    }

    [Fact]
    public void Several_block_tags_in_one_paragraph_still_leave_no_paragraph()
    {
        var template = new WordTemplate(P("{{ for h in hoofdprocessen }}{{ if h.naam != \"Inkoop\" }}"), P("{{ h.naam }}"), P("{{ end }}{{ end }}"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Contractmanagement"], document.BodyTexts());
    }

    [Fact]
    public void Assignment_alone_in_a_paragraph_leaves_no_paragraph()
    {
        var template = new WordTemplate(P("{{ aantal = speerpunten | array.size }}"), P("Aantal: {{ aantal }}"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Aantal: 2"], document.BodyTexts());
    }

    [Fact]
    public void If_inside_one_paragraph_keeps_the_paragraph_and_drops_only_text()
    {
        var template = new WordTemplate(P(R("Status: "), R("{{ if evaluatie }}"), R("definitief", bold: true), R("{{ else }}{{ status }}{{ end }}"), R(".")));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Status: concept."], document.BodyTexts());
    }

    [Fact]
    public void Inline_loop_repeats_text_within_the_paragraph()
    {
        var template = new WordTemplate(P("{{ for s in speerpunten }}{{ s }}{{ if !for.last }}; {{ end }}{{ end }}"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Toegang versterken; Contracten vereenvoudigen"], document.BodyTexts());
    }

    [Fact]
    public void Section_break_on_an_end_paragraph_stays_once_after_the_loop()
    {
        var landscape = new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape });
        var end = new Paragraph(new ParagraphProperties(landscape), R("{{ end }}"));
        var template = new WordTemplate(P("{{ for s in speerpunten }}"), P("{{ s }}"), end, P("Staand"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Toegang versterken", "Contracten vereenvoudigen", "", "Staand"], document.BodyTexts());
        Assert.NotNull(document.Body.Elements<Paragraph>().ElementAt(2).ParagraphProperties?.SectionProperties);
    }

    [Fact]
    public void Repeated_bookmarks_get_unique_ids_and_names()
    {
        var template = new WordTemplate(
            P("{{ for s in speerpunten }}"),
            P(new BookmarkStart { Id = "7", Name = "_Toc1" }, R("{{ s }}"), new BookmarkEnd { Id = "7" }),
            P("{{ end }}"));

        using var document = Rendering.Render(template, Plan);

        var starts = document.Body.Descendants<BookmarkStart>().ToList();
        var ends = document.Body.Descendants<BookmarkEnd>().ToList();
        Assert.Equal(["_Toc1", "_Toc1_2"], starts.Select(start => start.Name!.Value));
        Assert.Equal(starts.Select(start => start.Id!.Value), ends.Select(end => end.Id!.Value));
        Assert.Equal(2, starts.Select(start => start.Id!.Value).Distinct().Count());
    }

    [Fact]
    public void Repeated_pictures_get_unique_drawing_ids()
    {
        var picture = new Drawing(new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = 100, Cy = 100 },
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = 1U, Name = "Logo" }));
        var template = new WordTemplate(P("{{ for s in speerpunten }}"), P(new Run(picture), R("{{ s }}")), P("{{ end }}"));

        var result = TeamBot.Tests.Support.TestCalendar.Renderer().Render(template.ToDocx(), "t.docx", Plan);

        using var document = new RenderedWord(result.Document!);
        var ids = document.Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(properties => properties.Id!.Value).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }
}
