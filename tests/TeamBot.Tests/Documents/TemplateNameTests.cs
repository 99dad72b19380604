using System.Text.Json;
using TeamBot.Core.Documents;
using TeamBot.Tests.Support;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class TemplateNameTests
{
    private static readonly Dictionary<string, object?> Plan = new()
    {
        ["regio"] = "Zuid-Limburg",
        ["jaar"] = 2027,
        ["hoofdprocessen"] = new List<object>
        {
            new Dictionary<string, object?> { ["naam"] = "Inkoop", ["acties"] = new List<object> { new Dictionary<string, object?> { ["actie"] = "Aanbesteding" } } },
            new Dictionary<string, object?> { ["naam"] = "Contractmanagement", ["acties"] = new List<object>() },
        },
    };

    [Fact]
    public void A_misspelled_member_of_a_loop_item_is_a_located_problem_with_a_suggestion_without_strict_variables()
    {
        var template = new WordTemplate(Heading("Hoofdprocessen"), P("{{ for p in hoofdprocessen }}"), P("{{ p.nam }}"), P("{{ end }}"));

        var problem = Assert.Single(Rendering.Problems(template, Plan));

        Assert.Equal(("{{ p.nam }}", "hoofdtekst", "alinea 3", "Hoofdprocessen"), (problem.Tag, problem.Part, problem.Location, problem.NearestHeading));
        Assert.Equal("'p.nam' bestaat niet: p (een item van hoofdprocessen) heeft geen veld 'nam'. Bedoelt u 'p.naam'?", problem.Message);
    }

    [Fact]
    public void A_misspelled_name_is_a_problem_with_a_suggestion_also_when_strict()
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ regoi }}")), Plan, new DocumentRenderOptions { StrictVariables = true }));

        Assert.Equal("{{ regoi }}", problem.Tag);
        Assert.Equal("'regoi' staat niet in de gegevens en is geen functie. Bedoelt u 'regio'?", problem.Message);
    }

    [Fact]
    public void Nested_loops_resolve_each_variable_to_its_own_list()
    {
        var template = new WordTemplate(Table(Row("{{ for p in hoofdprocessen }}{{ for a in p.acties }}{{ a.actei }}", "{{ end }}{{ end }}")));

        var problem = Assert.Single(Rendering.Problems(template, Plan));

        Assert.Equal(("{{ a.actei }}", "tabel 1, rij 1, cel 1"), (problem.Tag, problem.Location));
        Assert.EndsWith("Bedoelt u 'a.actie'?", problem.Message);
    }

    [Fact]
    public void A_typed_model_is_checked_against_its_types_so_an_empty_list_and_an_empty_member_still_have_their_members()
    {
        var model = new TypedPlan("Maastricht-Heuvelland", [], null);
        var template = new WordTemplate(P("{{ for a in Acties }}{{ a.Gerede }}{{ end }}"), P("{{ Contact.Telefoon }}{{ Contact.Mail }}"));

        var problems = Rendering.Problems(template, model);

        Assert.Equal(["'a.Gerede' bestaat niet: a (een item van Acties) heeft geen veld 'Gerede'. Bedoelt u 'a.Gereed'?", "'Contact.Mail' bestaat niet: Contact heeft geen veld 'Mail'. Bedoelt u 'Contact.Email'?"],
            problems.Select(problem => problem.Message));
    }

    [Fact]
    public void Typed_members_read_in_camelCase_when_the_input_says_so()
    {
        var input = new TemplateInput(new TypedPlan("Maastricht-Heuvelland", [new Actie("Aanbesteding", "2027")], new Contact("043", "a@b.nl"))) { MemberNaming = JsonNamingPolicy.CamelCase };
        var template = new WordTemplate(P("{{ regio }}: {{ for a in acties }}{{ a.naam }} {{ a.gereed }}{{ end }}, {{ contact.email }}"));

        var result = TestCalendar.Renderer().Render(template.ToDocx(), "t.docx", input);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        using var document = new RenderedWord(result.Document!);
        Assert.Equal(["Maastricht-Heuvelland: Aanbesteding 2027, a@b.nl"], document.BodyTexts());
        var wrong = TestCalendar.Renderer().Render(new WordTemplate(P("{{ Regio }}")).ToDocx(), "t.docx", input);
        Assert.EndsWith("Bedoelt u 'regio'?", Assert.Single(wrong.Problems).Message);
    }

    [Fact]
    public void Own_variables_loop_counters_functions_and_sizes_are_not_fields_to_check()
    {
        var template = new WordTemplate(
            P("{{ totaal = 0 }}{{ func dubbel(x); ret x * 2; end }}{{ capture kop }}Plan{{ end }}"),
            P("{{ for p in hoofdprocessen }}{{ for.index + 1 }}. {{ p.naam | string.upcase }} ({{ p.acties.size }}){{ totaal = totaal + 1 }}{{ end }}"),
            P("{{ for i in 1..2 }}{{ i }}{{ end }} {{ dubbel totaal }} {{ kop }} {{ hoofdprocessen.size }} {{ regio.size }} {{ { naam: regio }.naam }}"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["", "1. INKOOP (1)2. CONTRACTMANAGEMENT (0)", "12 4 Plan 2 12 Zuid-Limburg"], document.BodyTexts());
    }

    [Fact]
    public void A_list_read_as_if_it_were_one_item_is_explained()
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ hoofdprocessen.naam }}")), Plan));

        Assert.StartsWith("'hoofdprocessen.naam' bestaat niet: hoofdprocessen is een lijst. Lees de items met een lus", problem.Message);
    }

    [Fact]
    public void A_misspelled_function_is_a_problem_with_a_suggestion()
    {
        var problems = Rendering.Problems(new WordTemplate(P("{{ string.upcas regio }}"), P("{{ bedarg 12 }}")), Plan);

        Assert.Equal(["'string.upcas' is geen functie. Bedoelt u 'string.upcase'?", "'bedarg' staat niet in de gegevens en is geen functie. Bedoelt u 'bedrag'?"],
            problems.Select(problem => problem.Message));
    }

    [Theory]
    [InlineData("{{ date.now }}", "'date.now'")]
    [InlineData("{{ date.now.year }}", "'date.now'")]
    [InlineData("{{ date.parse \"2027-01-01\" }}", "'date.parse'")]
    [InlineData("{{ \"x\" | html.escape }}", "'html.escape'")]
    [InlineData("{{ include \"geheim.txt\" }}", "'include'")]
    [InlineData("{{ regex.match \"a\" \"a\" }}", "'regex.match'")]
    [InlineData("{{ object.eval \"1 + 1\" }}", "'object.eval'")]
    public void Hidden_functions_are_refused_by_name_without_strict_variables(string tag, string name)
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P(tag)), Plan));

        Assert.Equal(tag, problem.Tag);
        Assert.StartsWith(name + " is in sjablonen niet beschikbaar", problem.Message);
    }

    [Fact]
    public void Every_unknown_name_in_every_part_is_listed()
    {
        var template = new WordTemplate(P("{{ regoi }} {{ jaar }} {{ jar }}")) { Footer = [P("{{ titel }}")], Title = "{{ regio }} {{ jaaar }}" };

        var problems = Rendering.Problems(template, Plan);

        Assert.Equal([("hoofdtekst", "{{ regoi }}"), ("hoofdtekst", "{{ jar }}"), ("voettekst 1", "{{ titel }}"), ("documenteigenschappen", "{{ regio }} {{ jaaar }}")],
            problems.Select(problem => (problem.Part, problem.Tag)));
    }

    [Fact]
    public void Json_data_is_checked_against_the_names_it_holds()
    {
        var model = JsonDocument.Parse("""{"regio": "Zuid-Limburg", "kosten": [{"titel": "Uitvoering", "bedrag": 1}, {"titel": "Inkoop", "toelichting": null}]}""").RootElement;
        var template = new WordTemplate(P("{{ for k in kosten }}{{ k.titel }}{{ k.toelichting }}{{ k.bedrg }}{{ end }}"));

        var problem = Assert.Single(Rendering.Problems(template, model));

        Assert.EndsWith("Bedoelt u 'k.bedrag'?", problem.Message);
    }

    [Fact]
    public void Without_a_close_name_the_fields_there_are_are_listed()
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ for p in hoofdprocessen }}{{ p.omschrijving }}{{ end }}")), Plan));

        Assert.EndsWith("heeft geen veld 'omschrijving'. Velden van p: acties, naam.", problem.Message);
    }

    private sealed record TypedPlan(string Regio, IReadOnlyList<Actie> Acties, Contact? Contact);

    private sealed record Actie(string Naam, string Gereed);

    private sealed record Contact(string Telefoon, string Email);
}
