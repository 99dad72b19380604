using TeamBot.Core.Documents;
using TeamBot.Tests.Support;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class TemplateLimitTests
{
    private static readonly Dictionary<string, object?> Model = new()
    {
        ["acties"] = Enumerable.Range(1, 2_000).Select(i => (object)new Dictionary<string, object?> { ["actie"] = $"Actie {i}" }).ToList(),
    };

    [Fact]
    public void Loop_over_a_million_items_stops_at_the_loop_limit_with_a_clear_problem()
    {
        var model = new Dictionary<string, object?> { ["veel"] = Enumerable.Range(0, 1_000_000).ToArray() };
        var template = new WordTemplate(P("{{ for i in veel }}"), P("{{ i }}"), P("{{ end }}"));

        var problem = Assert.Single(Rendering.Problems(template, model));

        Assert.Equal(("{{ for i in veel }}", "alinea 1"), (problem.Tag, problem.Location));
        Assert.StartsWith("Een lus loopt vaker dan de limiet van 10.000 herhalingen", problem.Message);
    }

    [Fact]
    public void While_true_stops_at_the_loop_limit()
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ while true }}x{{ end }}")), Model));

        Assert.Contains("limiet van 10.000 herhalingen", problem.Message);
    }

    [Fact]
    public void Loop_without_loop_limit_stops_at_the_time_limit()
    {
        var options = new DocumentRenderOptions { LoopLimit = 0, Timeout = TimeSpan.FromMilliseconds(50) };

        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ while true }}{{ x = 1 }}{{ end }}")), Model, options));

        Assert.Equal("{{ while true }}", problem.Tag);
        Assert.Contains("tijdslimiet van 0,05 seconden", problem.Message);
    }

    [Fact]
    public void Real_plan_sizes_fit_the_default_loop_limit()
    {
        var template = new WordTemplate(Table(Row("{{ for a in acties }}{{ a.actie }}", "{{ end }}")));

        using var document = Rendering.Render(template, Model);

        Assert.Equal(2_000, document.TableCells().Count);
    }

    [Fact]
    public void Output_beyond_the_size_limit_is_a_problem()
    {
        var options = new DocumentRenderOptions { MaxOutputBytes = 20_000 };
        var template = new WordTemplate(Table(Row("{{ for a in acties }}{{ a.actie }}", "{{ end }}")));

        var problem = Assert.Single(Rendering.Problems(template, Model, options));

        Assert.Contains("groter dan de limiet van 0,02 MB", problem.Message);
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        var template = new WordTemplate(P("{{ func f(x); ret f(x + 1); end }}"), P("{{ f(1) }}"));

        var problem = Assert.Single(Rendering.Problems(template, Model));

        Assert.Contains("roept zichzelf vaker aan dan de limiet van 100", problem.Message);
    }

    [Fact]
    public void Value_growing_beyond_the_value_limit_is_a_problem()
    {
        var template = new WordTemplate(P("{{ x = \"ab\" }}"), P("{{ for i in 1..30 }}{{ x = x + x }}{{ end }}"), P("{{ x }}"));

        var problem = Assert.Single(Rendering.Problems(template, Model));

        Assert.Contains("langer dan de limiet van 1.048.576 tekens", problem.Message);
    }

    [Theory]
    [InlineData("{{ include \"secrets.txt\" }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ regex.match \"a\" \"a\" }}")]
    [InlineData("{{ object.eval \"1 + 1\" }}")]
    public void Only_the_model_and_pure_functions_are_reachable(string tag)
    {
        var options = new DocumentRenderOptions { StrictVariables = true };

        var problems = Rendering.Problems(new WordTemplate(P(tag)), Model, options);

        Assert.Single(problems);
    }

    [Fact]
    public void Builtin_functions_cannot_be_replaced_by_a_template()
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ string.upcase = 1 }}")), Model));

        Assert.Contains("is een ingebouwde functie en kan niet overschreven worden", problem.Message);
    }

    [Fact]
    public void Caller_giving_up_cancels_the_render_instead_of_reporting_a_problem()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var template = new WordTemplate(P("{{ while true }}{{ x = 1 }}{{ end }}")).ToDocx();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            TestCalendar.Renderer().Render(template, "t.docx", Model, new DocumentRenderOptions { LoopLimit = 0 }, cancellation.Token));
    }
}
