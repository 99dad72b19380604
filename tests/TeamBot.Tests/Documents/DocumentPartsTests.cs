using TeamBot.Core.Documents;
using TeamBot.Tests.Support;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class DocumentPartsTests
{
    private static readonly Dictionary<string, object?> Plan = new()
    {
        ["regio"] = "Zuid-Limburg",
        ["jaar"] = 2027,
        ["versie"] = "1.2",
        ["bron"] = "SLA 2021",
        ["concept"] = true,
    };

    private static WordTemplate TemplateWithAllParts() => new(P("Uitvoeringsplan {{ regio }}"))
    {
        Header = [P(R("Uitvoeringsplan {{ re"), Proof(), R("gio }} {{ jaar }}")), P("{{ if concept }}"), P("CONCEPT"), P("{{ end }}")],
        Footer = [P("Versie {{ versie }}")],
        Footnote = [P("Bron: {{ bron }}")],
        Title = "Uitvoeringsplan {{ regio }} {{ jaar }}",
    };

    [Fact]
    public void Header_footer_footnote_and_title_are_rendered()
    {
        using var document = Rendering.Render(TemplateWithAllParts(), Plan);

        Assert.Equal(["Uitvoeringsplan Zuid-Limburg"], document.BodyTexts());
        Assert.Equal(["Uitvoeringsplan Zuid-Limburg 2027", "CONCEPT"], document.HeaderTexts());
        Assert.Equal(["Versie 1.2"], document.FooterTexts());
        Assert.Equal(["Bron: SLA 2021"], document.FootnoteTexts());
        Assert.Equal("Uitvoeringsplan Zuid-Limburg 2027", document.Title);
    }

    [Fact]
    public void Flat_opc_template_renders_to_flat_opc()
    {
        var template = TemplateWithAllParts().ToFlatOpc();

        var result = TestCalendar.Renderer().Render(template, "plan.xml", Plan);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(TemplatePackageKind.FlatOpc, result.Kind);
        var xml = System.Text.Encoding.UTF8.GetString(result.Document!);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>", xml);
        Assert.Contains("<?mso-application progid=\"Word.Document\"?>", xml);
        using var document = new RenderedWord(result.Document!, flatOpc: true);
        Assert.Empty(document.ValidationErrors());
        Assert.Equal(["Uitvoeringsplan Zuid-Limburg"], document.BodyTexts());
        Assert.Equal(["Uitvoeringsplan Zuid-Limburg 2027", "CONCEPT"], document.HeaderTexts());
        Assert.Equal(["Bron: SLA 2021"], document.FootnoteTexts());
    }

    [Fact]
    public void Docx_template_renders_to_docx()
    {
        var result = TestCalendar.Renderer().Render(TemplateWithAllParts().ToDocx(), "plan.docx", Plan);

        Assert.Equal(TemplatePackageKind.Docx, result.Kind);
        Assert.Equal((byte)'P', result.Document![0]);
    }

    [Fact]
    public void The_template_bytes_are_left_unchanged()
    {
        var template = TemplateWithAllParts().ToDocx();
        var copy = template.ToArray();

        TestCalendar.Renderer().Render(template, "plan.docx", Plan);

        Assert.Equal(copy, template);
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_gives_one_clear_problem()
    {
        var result = TestCalendar.Renderer().Render("geen word"u8.ToArray(), "kapot.docx", Plan);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("kapot.docx", problem.Message);
        Assert.Contains("geen Word-document", problem.Message);
    }
}
