using DocumentFormat.OpenXml.Wordprocessing;
using TeamBot.Core.Documents;
using TeamBot.Tests.Support;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class RichValueTests
{
    private static readonly DocumentValues Markup = new() { TextMarkup = true };

    private static RenderedWord Render(WordTemplate template, object model, DocumentValues values, bool flatOpc = false)
    {
        var bytes = flatOpc ? template.ToFlatOpc() : template.ToDocx();
        var result = TestCalendar.Renderer().Render(bytes, flatOpc ? "test.xml" : "test.docx", new TemplateInput(model) { Values = values });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        var rendered = new RenderedWord(result.Document!, flatOpc);
        Assert.Empty(rendered.ValidationErrors());
        return rendered;
    }

    private static Dictionary<string, object?> Model(string text) => new() { ["tekst"] = text };

    [Fact]
    public void Emphasis_becomes_runs_that_keep_the_tag_formatting()
    {
        var template = new WordTemplate(P(new Run(new RunProperties(new RunFonts { Ascii = "Arial" }, new FontSize { Val = "22" }), new Text("{{ tekst }}"))));

        using var document = Render(template, Model("Dit is **vetgedrukt** en _cursief_, ***beide***."), Markup);

        var runs = document.Body.Descendants<Run>().ToList();
        Assert.Equal(["Dit is ", "vetgedrukt", " en ", "cursief", ", ", "beide", "."], runs.Select(run => run.InnerText));
        Assert.All(runs, run => Assert.Equal("Arial", run.RunProperties?.RunFonts?.Ascii?.Value));
        Assert.NotNull(runs[1].RunProperties!.Bold);
        Assert.Null(runs[1].RunProperties!.Italic);
        Assert.NotNull(runs[3].RunProperties!.Italic);
        Assert.Null(runs[3].RunProperties!.Bold);
        Assert.NotNull(runs[5].RunProperties!.Bold);
        Assert.NotNull(runs[5].RunProperties!.Italic);
        Assert.Null(runs[0].RunProperties!.Bold);
    }

    [Fact]
    public void An_ordinal_gets_a_superscript_suffix()
    {
        using var document = Render(new WordTemplate(P("Gereed: {{ tekst }}")), Model("2e kwartaal 2021"), Markup);

        var runs = document.Body.Descendants<Run>().ToList();
        Assert.Equal(["Gereed: 2", "e", " kwartaal 2021"], runs.Select(run => run.InnerText));
        Assert.Equal(VerticalPositionValues.Superscript, runs[1].RunProperties!.VerticalTextAlignment!.Val!.Value);
    }

    [Fact]
    public void Without_markup_a_value_shows_its_stars_and_underscores()
    {
        using var document = Rendering.Render(new WordTemplate(P("{{ tekst }}")), Model("**vet** en _cursief_ 2e kwartaal"));

        Assert.Equal(["**vet** en _cursief_ 2e kwartaal"], document.BodyTexts());
        Assert.Single(document.Body.Descendants<Run>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_plain_value_with_private_use_marks_cannot_inject_formatting(bool markup)
    {
        var hostile = $"a{RichMarks.BoldOn}vet{RichMarks.BoldOff}{RichMarks.NoteOn}noot{RichMarks.NoteOff}{RichMarks.ImageOn}x{RichMarks.ImageOff}{RichMarks.ListStart}";
        var values = markup ? Markup : DocumentValues.PlainText;

        using var document = Render(new WordTemplate(P("{{ tekst }}")), Model(hostile), values);

        Assert.Equal(["avetnootx"], document.BodyTexts());
        Assert.Single(document.Body.Descendants<Run>());
        Assert.Empty(document.Body.Descendants<FootnoteReference>());
        Assert.Empty(document.Body.Descendants<Drawing>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_footnote_is_added_to_a_new_footnotes_part_with_its_styles(bool flatOpc)
    {
        var template = new WordTemplate(P("Totaal {{ tekst }}"));

        using var document = Render(template, Model("€ 250.694^[Uitvoeringskosten zijn **exclusief** BTW.]"), Markup, flatOpc);

        Assert.Equal(["Totaal € 250.694"], document.BodyTexts());
        var reference = document.Body.Descendants<FootnoteReference>().Single();
        var notes = document.Document.MainDocumentPart!.FootnotesPart!.Footnotes;
        Assert.Equal(["separator", "continuationSeparator"], notes.Elements<Footnote>().Take(2).Select(note => note.Type!.InnerText));
        var note = notes.Elements<Footnote>().Single(note => note.Id!.Value == reference.Id!.Value);
        Assert.Equal(" Uitvoeringskosten zijn exclusief BTW.", RenderedWord.TextOf(note));
        Assert.NotNull(note.Descendants<FootnoteReferenceMark>().Single());
        Assert.NotNull(note.Descendants<Run>().Single(run => run.InnerText == "exclusief").RunProperties!.Bold);
        var styles = document.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        var referenceStyle = styles.Single(style => style.StyleName!.Val == "footnote reference");
        Assert.Equal(referenceStyle.StyleId!.Value, reference.Parent!.GetFirstChild<RunProperties>()!.RunStyle!.Val!.Value);
        Assert.Contains(styles, style => style.StyleName!.Val == "footnote text");
    }

    [Fact]
    public void Footnotes_join_the_template_footnotes_with_fresh_ids()
    {
        var template = new WordTemplate(P("{{ for t in teksten }}{{ t }} {{ end }}")) { Footnote = [P("Een voetnoot van het sjabloon.")] };
        var model = new Dictionary<string, object?> { ["teksten"] = new[] { "een^[eerste]", "twee^[tweede]" } };

        using var document = Render(template, model, Markup);

        var ids = document.Body.Descendants<FootnoteReference>().Select(reference => reference.Id!.Value).ToList();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(["Een voetnoot van het sjabloon."], document.FootnoteTexts());
        var notes = document.Document.MainDocumentPart!.FootnotesPart!.Footnotes.Elements<Footnote>().ToList();
        Assert.Equal([" eerste", " tweede"], ids.Where(id => id > 1).Select(id => RenderedWord.TextOf(notes.Single(note => note.Id!.Value == id))));
    }

    [Fact]
    public void Footnotes_are_numbered_and_stored_in_document_order_as_LibreOffice_pairs_them_by_position()
    {
        var template = new WordTemplate(P("{{ eerste }}"), Table(Row("{{ tweede }}")), P("{{ derde }}"));
        var model = new Dictionary<string, object?> { ["eerste"] = "a^[een]", ["tweede"] = "b^[twee]", ["derde"] = "c^[drie]" };

        using var document = Render(template, model, Markup);

        var ids = document.Body.Descendants<FootnoteReference>().Select(reference => reference.Id!.Value).ToList();
        Assert.Equal(ids.Order(), ids);
        var notes = document.Document.MainDocumentPart!.FootnotesPart!.Footnotes.Elements<Footnote>().Where(note => note.Id!.Value > 0).ToList();
        Assert.Equal([" een", " twee", " drie"], notes.Select(RenderedWord.TextOf));
        Assert.Equal(ids, notes.Select(note => note.Id!.Value));
    }

    [Fact]
    public void A_footnote_in_a_header_is_written_in_brackets()
    {
        var template = new WordTemplate(P("romp")) { Header = [P("{{ tekst }}")] };

        using var document = Render(template, Model("Kop^[uitleg]"), Markup);

        Assert.Equal(["Kop (uitleg)"], document.HeaderTexts());
        Assert.Null(document.Document.MainDocumentPart!.FootnotesPart);
    }

    [Fact]
    public void A_title_shows_the_text_without_markup()
    {
        var template = new WordTemplate(P("romp")) { Title = "{{ tekst }}" };

        using var document = Render(template, Model("Plan **2023**^[concept]"), Markup);

        Assert.Equal("Plan 2023", document.Title);
    }

    [Fact]
    public void A_line_break_inside_emphasis_stays_in_the_bold_run()
    {
        using var document = Render(new WordTemplate(P("{{ tekst }}")), Model("**een\ntwee**"), Markup);

        var bold = document.Body.Descendants<Run>().Single();
        Assert.NotNull(bold.RunProperties!.Bold);
        Assert.Single(bold.Elements<Break>());
    }
}
