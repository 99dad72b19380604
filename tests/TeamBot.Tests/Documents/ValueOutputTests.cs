using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class ValueOutputTests
{
    [Fact]
    public void Markup_characters_in_values_are_escaped_and_read_back_as_typed()
    {
        var model = new Dictionary<string, object?> { ["naam"] = "Jongeren <20 & \"ouders\" 'thuis' </w:t><w:p>" };
        var template = new WordTemplate(P("Doelgroep: {{ naam }}"));

        using var document = Rendering.Render(template, model);

        Assert.Equal(["Doelgroep: Jongeren <20 & \"ouders\" 'thuis' </w:t><w:p>"], document.BodyTexts());
        Assert.Single(document.Body.Elements<Paragraph>(), p => p.InnerText.Length > 0);
    }

    [Theory]
    [InlineData("{{ van }}-{{ tot }}", "2019-2020")]
    [InlineData("{{ if leeg }}x{{ else }}-{{ end }}", "-")]
    [InlineData("~{{ van }}~ en --{{ tot }}--", "~2019~ en --2020--")]
    public void A_hyphen_or_tilde_beside_a_tag_is_text_not_whitespace_control(string typed, string shown)
    {
        var model = new Dictionary<string, object?> { ["van"] = 2019, ["tot"] = 2020, ["leeg"] = false };

        using var document = Rendering.Render(new WordTemplate(P(typed)), model);

        Assert.Equal([shown], document.BodyTexts());
    }

    [Fact]
    public void Text_holding_a_value_keeps_its_spaces()
    {
        var model = new Dictionary<string, object?> { ["a"] = "  twee spaties voor en na  " };
        var template = new WordTemplate(P(new Run(new Text("[{{ a }}]"))));

        using var document = Rendering.Render(template, model);

        var text = document.Body.Descendants<Text>().Single();
        Assert.Equal(SpaceProcessingModeValues.Preserve, text.Space!.Value);
        Assert.Equal("[  twee spaties voor en na  ]", text.Text);
    }

    [Fact]
    public void Value_takes_the_formatting_of_the_run_where_its_tag_starts()
    {
        var model = new Dictionary<string, object?> { ["actie"] = "Aanbesteding", ["toelichting"] = "in 2027" };
        var template = new WordTemplate(P(R("{{ act", bold: true), R("ie }}"), R(" – {{ toelichting }}")));

        using var document = Rendering.Render(template, model);

        var runs = document.Body.Descendants<Run>().ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal("Aanbesteding", runs[0].InnerText);
        Assert.NotNull(runs[0].RunProperties?.Bold);
        Assert.Equal(" – in 2027", runs[1].InnerText);
        Assert.Null(runs[1].RunProperties?.Bold);
    }

    [Fact]
    public void Newlines_in_values_become_line_breaks_in_the_same_run()
    {
        var model = new Dictionary<string, object?> { ["toelichting"] = "Eerste regel\nTweede regel\r\nDerde\tkolom" };
        var template = new WordTemplate(P(R("{{ toelichting }}", bold: true)));

        using var document = Rendering.Render(template, model);

        Assert.Equal(["Eerste regel\nTweede regel\nDerde\tkolom"], document.BodyTexts());
        var run = document.Body.Descendants<Run>().Single();
        Assert.Equal(2, run.Elements<Break>().Count());
        Assert.All(run.Elements<Text>(), text => Assert.Equal(SpaceProcessingModeValues.Preserve, text.Space!.Value));
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_dropped()
    {
        var model = new Dictionary<string, object?> { ["naam"] = "a\u0001b\u0008c" };

        using var document = Rendering.Render(new WordTemplate(P("{{ naam }}")), model);

        Assert.Equal(["abc"], document.BodyTexts());
    }

    [Fact]
    public void Literal_text_that_looks_like_Scriban_escapes_is_copied_as_typed()
    {
        var template = new WordTemplate(P("Geen tag: }%} {%{ }%%} {{ \"}\" }}"), P("{% if %}"));

        using var document = Rendering.Render(template, new Dictionary<string, object?>());

        Assert.Equal(["Geen tag: }%} {%{ }%%} }", "{% if %}"], document.BodyTexts());
    }

    [Fact]
    public void Plain_object_members_keep_their_CSharp_names()
    {
        var model = new { Regio = "Maastricht-Heuvelland", Acties = new[] { new { Actie = "Inkoop Wmo", Gereed = new DateOnly(2027, 3, 31) } } };
        var template = new WordTemplate(P("{{ Regio }}: {{ for a in Acties }}{{ a.Actie }} ({{ a.Gereed | datum }}){{ end }}"));

        using var document = Rendering.Render(template, model);

        Assert.Equal(["Maastricht-Heuvelland: Inkoop Wmo (31 maart 2027)"], document.BodyTexts());
    }

    [Fact]
    public void Yaml_style_dictionaries_with_object_keys_and_lists_are_navigable()
    {
        var model = new Dictionary<object, object>
        {
            ["regio"] = new Dictionary<object, object> { ["naam"] = "Zuid-Limburg", ["gemeenten"] = new List<object> { "Beek", "Beekdaelen" } },
        };
        var template = new WordTemplate(P("{{ regio.naam }}: {{ regio.gemeenten | array.join \", \" }}"));

        using var document = Rendering.Render(template, model);

        Assert.Equal(["Zuid-Limburg: Beek, Beekdaelen"], document.BodyTexts());
    }

    [Fact]
    public void Json_plan_data_is_navigable_with_numbers_as_decimals()
    {
        var model = System.Text.Json.JsonDocument.Parse("""{"regio": "Zuid-Limburg", "kosten": [{"titel": "Uitvoering", "bedrag": 2394000.5}], "definitief": false}""").RootElement;
        var template = new WordTemplate(P("{{ regio }}{{ if !definitief }} (concept){{ end }}: {{ for k in kosten }}{{ k.titel }} {{ k.bedrag | bedrag }}{{ end }}"));

        using var document = Rendering.Render(template, model);

        Assert.Equal(["Zuid-Limburg (concept): Uitvoering € 2.394.000,50"], document.BodyTexts());
    }

    [Fact]
    public void A_template_cannot_change_the_callers_model()
    {
        var actie = new Actie { Naam = "Origineel" };
        var template = new WordTemplate(P("{{ a.Naam = \"Gewijzigd\" }}"), P("{{ a.Naam }}"));

        using var document = Rendering.Render(template, new Dictionary<string, object?> { ["a"] = actie });

        Assert.Equal(["Gewijzigd"], document.BodyTexts());
        Assert.Equal("Origineel", actie.Naam);
    }

    private sealed class Actie
    {
        public string Naam { get; set; } = "";
    }
}
