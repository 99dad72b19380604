using DocumentFormat.OpenXml.Wordprocessing;
using TeamBot.Core.Documents;
using TeamBot.Tests.Support;
using static TeamBot.Tests.Documents.Word;
using Drawing = DocumentFormat.OpenXml.Wordprocessing.Drawing;
using DocProperties = DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties;
using Extent = DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent;
using Blip = DocumentFormat.OpenXml.Drawing.Blip;

namespace TeamBot.Tests.Documents;

public sealed class ImageAndNumberingTests
{
    // A4 minus the default 2,5 cm margins: 9072 twips of text width, 635 EMU per twip.
    private const long TextWidthEmu = 9072 * 635;

    private static readonly byte[] Schema = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "templates", "plans", "afbeeldingen", "contractmanagement-schema.png"));

    private static DocumentImage Image(int widthPercent = 100) =>
        DocumentImage.Read(Schema, "schema.png", widthPercent, "Het schema", out var problem) ?? throw new InvalidOperationException(problem);

    private static RenderResult Render(WordTemplate template, object model, DocumentValues values, bool flatOpc = false) =>
        TestCalendar.Renderer().Render(flatOpc ? template.ToFlatOpc() : template.ToDocx(), flatOpc ? "t.xml" : "t.docx", new TemplateInput(model) { Values = values });

    private static RenderedWord Rendered(WordTemplate template, object model, DocumentValues values, bool flatOpc = false)
    {
        var result = Render(template, model, values, flatOpc);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var document = new RenderedWord(result.Document!, flatOpc);
        Assert.Empty(document.ValidationErrors());
        return document;
    }

    [Fact]
    public void The_header_of_a_known_PNG_gives_its_type_and_pixel_size()
    {
        var image = Image();

        Assert.Equal(("image/png", 1200, 600), (image.ContentType, image.PixelWidth, image.PixelHeight));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 1, 0, 1, 0 }, "geen PNG- of JPEG-afbeelding")]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, "geen PNG- of JPEG-afbeelding")]
    public void Anything_but_a_readable_PNG_or_JPEG_is_refused(byte[] bytes, string expected)
    {
        Assert.Null(DocumentImage.Read(bytes, "x.png", 100, null, out var problem));
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void A_file_over_five_megabytes_is_refused()
    {
        Assert.Null(DocumentImage.Read(new byte[DocumentImage.MaxBytes + 1], "groot.png", 100, null, out var problem));
        Assert.Contains("het maximum is 5 MB", problem);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_image_gets_a_media_part_a_relationship_and_a_drawing_as_wide_as_the_text(bool flatOpc)
    {
        var values = new DocumentValues { Images = new Dictionary<string, DocumentImage> { ["schema"] = Image() } };

        using var document = Rendered(new WordTemplate(P("{{ afbeelding \"schema\" }}")), new Dictionary<string, object?>(), values, flatOpc);

        var main = document.Document.MainDocumentPart!;
        var media = Assert.Single(main.ImageParts);
        Assert.Equal("image/png", media.ContentType);
        var drawing = document.Body.Descendants<Drawing>().Single();
        Assert.Equal(main.GetIdOfPart(media), drawing.Descendants<Blip>().Single().Embed!.Value);
        var extent = drawing.Descendants<Extent>().Single();
        Assert.Equal((TextWidthEmu, TextWidthEmu / 2), (extent.Cx!.Value, extent.Cy!.Value));
        Assert.Equal("Het schema", drawing.Descendants<DocProperties>().Single().Description!.Value);
    }

    [Fact]
    public void A_tall_picture_is_fitted_to_the_page_height_and_its_description_drops_the_markup()
    {
        // A PNG header is all the size check reads: 1 × 6000 pixels.
        byte[] tall = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0x17, 0x70, 8, 2, 0, 0, 0, 0, 0, 0, 0];
        var image = DocumentImage.Read(tall, "lang.png", 100, "Een **lange** strook^[uitleg]", out var problem) ?? throw new InvalidOperationException(problem);
        var values = new DocumentValues { Images = new Dictionary<string, DocumentImage> { ["lang"] = image } };

        using var document = Rendered(new WordTemplate(P("{{ afbeelding \"lang\" }}")), new Dictionary<string, object?>(), values);

        var extent = document.Body.Descendants<Extent>().Single();
        // A4 height (16838 twips) minus the 2,5 cm margins and an inch for a caption: 12564 twips.
        Assert.Equal(12564L * 635, extent.Cy!.Value);
        Assert.InRange(extent.Cx!.Value, 1, extent.Cy.Value / 1000);
        Assert.Equal("Een lange strook", document.Body.Descendants<DocProperties>().Single().Description!.Value);
    }

    [Fact]
    public void An_image_placed_twice_is_stored_once_with_unique_drawing_ids_and_its_own_width()
    {
        var values = new DocumentValues { Images = new Dictionary<string, DocumentImage> { ["schema"] = Image(widthPercent: 50) } };
        var template = new WordTemplate(P("{{ for i in [1, 2] }}"), P("{{ afbeelding \"schema\" }}"), P("{{ end }}"));

        using var document = Rendered(template, new Dictionary<string, object?>(), values);

        Assert.Single(document.Document.MainDocumentPart!.ImageParts);
        var ids = document.Body.Descendants<DocProperties>().Select(properties => properties.Id!.Value).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(document.Body.Descendants<Extent>(), extent => Assert.Equal(TextWidthEmu / 2, extent.Cx!.Value));
    }

    [Fact]
    public void A_name_the_data_has_no_image_for_is_a_problem()
    {
        var result = Render(new WordTemplate(P("{{ afbeelding \"/etc/passwd\" }}")), new Dictionary<string, object?>(), DocumentValues.PlainText);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, problem => problem.Location == "afbeelding '/etc/passwd'" && problem.Message.Contains("hoort niet bij de gegevens"));
    }

    [Fact]
    public void Each_list_instance_gets_its_own_word_numbering_that_starts_at_1()
    {
        var numbered = new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            R("{{ opnieuw_nummeren for.first }}{{ i }}"));
        var template = new WordTemplate(P("{{ for l in lijsten }}"), P("{{ for i in l }}"), numbered, P("{{ end }}"), P("tussen"), P("{{ end }}")) { Numbering = true };
        var model = new Dictionary<string, object?> { ["lijsten"] = new[] { new[] { "a", "b" }, new[] { "c" } } };

        using var document = Rendered(template, model, DocumentValues.PlainText);

        var items = document.Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(["a", "b", "c"], items.Select(p => p.InnerText));
        var numIds = items.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
        Assert.Equal(numIds[0], numIds[1]);
        Assert.NotEqual(numIds[1], numIds[2]);
        var instances = document.Document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering.Elements<NumberingInstance>().ToList();
        foreach (var id in numIds.Distinct())
        {
            var instance = instances.Single(num => num.NumberID!.Value == id);
            Assert.Equal(1, instance.AbstractNumId!.Val!.Value);
            Assert.Equal(1, instance.Elements<LevelOverride>().Single().StartOverrideNumberingValue!.Val!.Value);
        }
    }

    [Fact]
    public void A_paragraph_without_numbering_ignores_a_restart()
    {
        using var document = Rendered(new WordTemplate(P("{{ opnieuw_nummeren }}tekst")) { Numbering = true }, new Dictionary<string, object?>(), DocumentValues.PlainText);

        Assert.Equal(["tekst"], document.BodyTexts());
        Assert.Single(document.Document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering.Elements<NumberingInstance>());
    }
}
