using TeamBot.Core.Documents;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

/// <summary>Rendering goes on past a tag that cannot be filled in, so every such tag is reported at once.</summary>
public sealed class RenderProblemTests
{
    [Fact]
    public void Every_value_a_function_cannot_read_is_reported_at_its_tag_not_only_the_first()
    {
        var model = new Dictionary<string, object?>
        {
            ["acties"] = new List<object>
            {
                new Dictionary<string, object?> { ["actie"] = "A", ["bedrag"] = "veel", ["gereed"] = "2027-01-01" },
                new Dictionary<string, object?> { ["actie"] = "B", ["bedrag"] = 10, ["gereed"] = "morgen" },
                new Dictionary<string, object?> { ["actie"] = "C", ["bedrag"] = "weinig", ["gereed"] = "2027-03-01" },
            },
        };
        var template = new WordTemplate(Table(Row("{{ for a in acties }}{{ a.actie }}", "{{ a.bedrag | bedrag }}", "{{ datum a.gereed }}{{ end }}")));

        var problems = Rendering.Problems(template, model);

        Assert.Equal(
            [("{{ a.bedrag | bedrag }}", "'veel' is geen getal."), ("{{ datum a.gereed }}", "'morgen' is geen datum (verwacht bijvoorbeeld 2027-12-31 of 31-12-2027)."), ("{{ a.bedrag | bedrag }}", "'weinig' is geen getal.")],
            problems.Select(problem => (problem.Tag, problem.Message)));
        Assert.All(problems, problem => Assert.StartsWith("tabel 1, rij 1, cel ", problem.Location));
    }

    [Theory]
    [InlineData("{{ 1 / 0 }}")]
    [InlineData("{{ 0.0 / 0 }}")]
    public void A_calculation_without_an_outcome_is_a_Dutch_problem_not_Infinity(string tag)
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("Deel: " + tag)), new Dictionary<string, object?>()));

        Assert.Equal(tag, problem.Tag);
        Assert.Equal("Deze berekening heeft geen uitkomst (deelt u door nul?).", problem.Message);
    }

    [Fact]
    public void The_same_problem_in_every_round_of_a_loop_is_listed_once()
    {
        var model = new Dictionary<string, object?> { ["acties"] = Enumerable.Range(1, 5).Select(_ => (object)"x").ToList() };

        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ for a in acties }}{{ bedrag a }}{{ end }}")), model));

        Assert.Equal("'x' is geen getal.", problem.Message);
    }

    [Fact]
    public void More_than_a_hundred_problems_end_in_one_line_saying_how_many_more_there_are()
    {
        var model = new Dictionary<string, object?> { ["acties"] = Enumerable.Range(1, 130).Select(i => (object)$"fout {i}").ToList() };

        var problems = Rendering.Problems(new WordTemplate(P("{{ for a in acties }}{{ bedrag a }}{{ end }}")), model);

        Assert.Equal(101, problems.Count);
        Assert.Equal("'fout 100' is geen getal.", problems[99].Message);
        Assert.Equal(("bestand", "test.docx"), (problems[100].Part, problems[100].Location));
        Assert.Equal("Nog 30 problemen weggelaten: alleen de eerste 100 staan hierboven. Los die eerst op.", problems[100].Message);
    }

    [Fact]
    public void A_limit_still_stops_the_part_it_is_reached_in()
    {
        var model = new Dictionary<string, object?> { ["veel"] = Enumerable.Range(0, 20_000).ToArray() };

        var problems = Rendering.Problems(new WordTemplate(P("{{ for i in veel }}{{ bedrag \"x\" }}{{ end }}")), model, new DocumentRenderOptions { LoopLimit = 100 });

        Assert.Equal(["'x' is geen getal.", "Een lus loopt vaker dan de limiet van 100 herhalingen (een lus en de lussen erin samen)."], problems.Select(problem => problem.Message));
    }
}
