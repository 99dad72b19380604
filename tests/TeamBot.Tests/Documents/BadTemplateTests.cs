using TeamBot.Core.Documents;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class BadTemplateTests
{
    private static readonly Dictionary<string, object?> Plan = new()
    {
        ["regio"] = "Zuid-Limburg",
        ["acties"] = new List<object> { new Dictionary<string, object?> { ["actie"] = "A", ["bedrag"] = "veel" } },
    };

    [Fact]
    public void Every_syntax_error_in_every_part_is_listed_with_its_place_and_heading()
    {
        var template = new WordTemplate(
            Heading("Inleiding"), P("Regio {{ regio. }}"),
            Heading("Kosten"), Table(Row("Kop", "Bedrag"), Row("x", "{{ 1 + }}")))
        {
            Header = [P("{{ if }}kop{{ end }}")],
            Footnote = [P("{{ regio | | }}")],
        };

        var problems = Rendering.Problems(template, Plan);

        Assert.Equal(4, problems.Count);
        AssertProblem(problems[0], "{{ regio. }}", "hoofdtekst", "alinea 2", "Inleiding");
        AssertProblem(problems[1], "{{ 1 + }}", "hoofdtekst", "tabel 1, rij 2, cel 2", "Kosten");
        AssertProblem(problems[2], "{{ if }}", "koptekst 1", "alinea 1", null);
        AssertProblem(problems[3], "{{ regio | | }}", "voetnoten", "voetnoot 1, alinea 1", null);
        Assert.All(problems, problem => Assert.StartsWith("Scriban kan deze tag niet lezen: ", problem.Message));
        Assert.Contains("Na een punt hoort de naam van een veld", problems[0].Message);
    }

    [Fact]
    public void A_tag_never_closed_in_its_paragraph_is_a_problem()
    {
        var problems = Rendering.Problems(new WordTemplate(P("Regio {{ regio"), P("}}")), Plan);

        AssertProblem(Assert.Single(problems), "{{ regio", "hoofdtekst", "alinea 1", null);
        Assert.Contains("niet gesloten met }}", problems[0].Message);
    }

    [Fact]
    public void A_tag_opened_inside_another_tag_is_a_problem()
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ regio {{ jaar }}")), Plan));

        Assert.Equal("{{ regio {{ jaar }}", problem.Tag);
        Assert.Contains("tweede {{", problem.Message);
    }

    [Fact]
    public void Unbalanced_blocks_are_each_reported()
    {
        var template = new WordTemplate(
            P("{{ end }}"),
            P("{{ else }}"),
            P("{{ for a in acties }}"), P("{{ a.actie }}"),
            P("{{ if regio }}"));

        var problems = Rendering.Problems(template, Plan);

        Assert.Equal(4, problems.Count);
        AssertProblem(problems[0], "{{ end }}", "hoofdtekst", "alinea 1", null);
        Assert.Contains("sluit geen blok", problems[0].Message);
        AssertProblem(problems[1], "{{ else }}", "hoofdtekst", "alinea 2", null);
        Assert.Contains("buiten een if-, for- of case-blok", problems[1].Message);
        AssertProblem(problems[2], "{{ for a in acties }}", "hoofdtekst", "alinea 3", null);
        Assert.Contains("for-blok wordt nergens afgesloten", problems[2].Message);
        AssertProblem(problems[3], "{{ if regio }}", "hoofdtekst", "alinea 5", null);
    }

    [Fact]
    public void Block_over_paragraphs_whose_end_shares_a_paragraph_with_text_is_explained()
    {
        var template = new WordTemplate(P("{{ for a in acties }}"), P("{{ a.actie }}"), P("Einde lijst {{ end }}"));

        var problem = Assert.Single(Rendering.Problems(template, Plan));

        AssertProblem(problem, "{{ for a in acties }}", "hoofdtekst", "alinea 1", null);
        Assert.Contains("alinea 3", problem.Message);
        Assert.Contains("elk alleen in een eigen alinea", problem.Message);
    }

    [Fact]
    public void Row_block_opened_in_one_row_and_closed_in_another_is_located()
    {
        var template = new WordTemplate(Heading("Acties"), Table(
            Row("Actie", "Gereed"),
            Row("{{ for a in acties }}{{ a.actie }}", ""),
            Row("", "{{ end }}")));

        var problem = Assert.Single(Rendering.Problems(template, Plan));

        AssertProblem(problem, "{{ for a in acties }}", "hoofdtekst", "tabel 1, rij 2, cel 1", "Acties");
        Assert.Contains("tabel 1, rij 3, cel 2", problem.Message);
        Assert.Contains("verschillende rijen", problem.Message);
    }

    [Fact]
    public void Block_opened_outside_a_table_and_closed_in_a_cell_is_located()
    {
        var template = new WordTemplate(P("{{ for a in acties }}"), Table(Row("{{ a.actie }}", "{{ end }}")));

        var problem = Assert.Single(Rendering.Problems(template, Plan));

        AssertProblem(problem, "{{ for a in acties }}", "hoofdtekst", "alinea 1", null);
        Assert.Contains("deels in een tabel en deels erbuiten", problem.Message);
    }

    [Fact]
    public void Else_in_a_row_block_is_a_problem()
    {
        var template = new WordTemplate(Table(Row("{{ if regio }}a", "{{ else }}b", "c{{ end }}")));

        var problem = Assert.Single(Rendering.Problems(template, Plan));

        AssertProblem(problem, "{{ else }}", "hoofdtekst", "tabel 1, rij 1, cel 2", null);
        Assert.Contains("tabelrij", problem.Message);
    }

    [Fact]
    public void Inline_block_half_inside_a_hyperlink_is_a_problem_not_broken_XML()
    {
        var link = new DocumentFormat.OpenXml.Wordprocessing.Hyperlink(R("website{{ end }}")) { Anchor = "bron" };

        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P(R("{{ if regio }}zie "), link)), Plan));

        Assert.Equal("{{ if regio }}", problem.Tag);
        Assert.Contains("hyperlink", problem.Message);
    }

    [Fact]
    public void Tag_opening_two_blocks_at_once_is_a_problem()
    {
        var problems = Rendering.Problems(new WordTemplate(P("{{ for a in acties; if a }}"), P("x"), P("{{ end }}"), P("{{ end }}")), Plan);

        Assert.Contains(problems, problem => problem.Tag == "{{ for a in acties; if a }}" && problem.Message.Contains("meer dan één blok"));
    }

    [Fact]
    public void Else_after_else_is_traced_to_its_tag_by_the_whole_template_parse()
    {
        var template = new WordTemplate(P("{{ if regio }}"), P("a"), P("{{ else }}"), P("b"), P("{{ else }}"), P("c"), P("{{ end }}"));

        var problem = Assert.Single(Rendering.Problems(template, Plan));

        Assert.Equal("hoofdtekst", problem.Part);
        Assert.StartsWith("Scriban kan het sjabloon hier niet lezen", problem.Message);
        Assert.Equal("{{ else }}", problem.Tag);
    }

    [Fact]
    public void Runtime_error_is_located_at_its_tag_with_the_Dutch_function_message()
    {
        var template = new WordTemplate(Heading("Kosten"), Table(Row("{{ for a in acties }}{{ a.actie }}", "{{ a.bedrag | bedrag }}{{ end }}")));

        var problem = Assert.Single(Rendering.Problems(template, Plan));

        AssertProblem(problem, "{{ a.bedrag | bedrag }}", "hoofdtekst", "tabel 1, rij 1, cel 2", "Kosten");
        Assert.Contains("'veel' is geen getal", problem.Message);
    }

    [Fact]
    public void Runtime_errors_in_several_parts_are_all_listed()
    {
        var template = new WordTemplate(P("{{ datum regio }}")) { Footer = [P("{{ kwartaal 7 }}")] };

        var problems = Rendering.Problems(template, Plan);

        Assert.Equal(["hoofdtekst", "voettekst 1"], problems.Select(problem => problem.Part));
        Assert.Contains("geen datum", problems[0].Message);
        Assert.Contains("geen kwartaal", problems[1].Message);
    }

    [Fact]
    public void Unknown_name_is_a_problem_when_strict()
    {
        var options = new DocumentRenderOptions { StrictVariables = true };

        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ regoi }}")), Plan, options));

        AssertProblem(problem, "{{ regoi }}", "hoofdtekst", "alinea 1", null);
        Assert.Contains("regoi", problem.Message);
    }

    [Fact]
    public void Bad_title_tag_is_reported_against_the_document_properties()
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("x")) { Title = "Plan {{ regio + }}" }, Plan));

        Assert.Equal(("documenteigenschappen", "titel", "{{ regio + }}"), (problem.Part, problem.Location, problem.Tag));
    }

    [Fact]
    public void Problem_reads_as_one_Dutch_sentence_with_its_place()
    {
        var problem = new TemplateProblem("{{ x. }}", "hoofdtekst", "alinea 2", "Inleiding", "Scriban kan deze tag niet lezen.");

        Assert.Equal("hoofdtekst, alinea 2 (onder kop \"Inleiding\"), tag {{ x. }}: Scriban kan deze tag niet lezen.", problem.ToString());
    }

    private static void AssertProblem(TemplateProblem problem, string tag, string part, string location, string? heading) =>
        Assert.Equal((tag, part, location, heading), (problem.Tag, problem.Part, problem.Location, problem.NearestHeading));
}
