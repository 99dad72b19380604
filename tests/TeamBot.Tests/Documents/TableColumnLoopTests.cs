using DocumentFormat.OpenXml.Wordprocessing;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

/// <summary>
/// {{ tablerow … }} … {{ end }} within one cell repeats that cell side by side, a column per item (Liquid's tablerow
/// makes a cell per item), so a cost table has exactly as many sleutel columns as the plan has sleutels.
/// </summary>
public sealed class TableColumnLoopTests
{
    private static Dictionary<string, object?> PlanWith(params string[] keys) => new()
    {
        ["sleutels"] = keys.Select(key => (object)new Dictionary<string, object?> { ["naam"] = key }).ToList(),
        ["regels"] = new List<object>
        {
            new Dictionary<string, object?> { ["gemeente"] = "Beek", ["delen"] = keys.Select((_, i) => (object)$"B{i + 1}").ToList() },
            new Dictionary<string, object?> { ["gemeente"] = "Stein", ["delen"] = keys.Select((_, i) => (object)$"S{i + 1}").ToList() },
        },
    };

    private static WordTemplate CostTable() => new(Table(
        Row("Gemeente", "{{ tablerow s in sleutels }}{{ s.naam }}{{ end }}", "Totaal"),
        Row("{{ for r in regels }}{{ r.gemeente }}", "{{ tablerow d in r.delen }}{{ d }}{{ end }}", "T{{ end }}")));

    [Fact]
    public void A_tablerow_cell_becomes_one_column_per_item_in_every_row()
    {
        using var document = Rendering.Render(CostTable(), PlanWith("Rato", "Inwoners", "Declaraties"));

        Assert.Equal(
            [["Gemeente", "Rato", "Inwoners", "Declaraties", "Totaal"], ["Beek", "B1", "B2", "B3", "T"], ["Stein", "S1", "S2", "S3", "T"]],
            document.TableCells());
    }

    [Fact]
    public void Two_sleutels_give_two_columns_and_the_grid_follows_the_cells()
    {
        using var document = Rendering.Render(CostTable(), PlanWith("Rato", "Inwoners"));

        Assert.Equal(["Gemeente", "Rato", "Inwoners", "Totaal"], document.TableCells()[0]);
        Assert.Equal(4, document.Body.Descendants<GridColumn>().Count());
    }

    [Fact]
    public void Many_columns_are_scaled_to_the_width_the_table_had()
    {
        var template = new WordTemplate(Table(Row("Gemeente", "{{ tablerow s in sleutels }}{{ s.naam }}{{ end }}")));
        using var before = Rendering.Render(template, PlanWith("A"));
        using var after = Rendering.Render(template, PlanWith("A", "B", "C", "D", "E", "F", "G", "H", "I", "J"));

        var former = before.Body.Descendants<GridColumn>().Sum(column => int.Parse(column.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        var widths = after.Body.Descendants<GridColumn>().Select(column => int.Parse(column.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(11, widths.Count);
        Assert.InRange(widths.Sum(), former - 11, former + 11);
    }

    [Fact]
    public void An_empty_list_leaves_no_column()
    {
        using var document = Rendering.Render(CostTable(), PlanWith());

        Assert.Equal([["Gemeente", "Totaal"], ["Beek", "T"], ["Stein", "T"]], document.TableCells());
    }

    [Fact]
    public void A_tablerow_that_ends_in_another_cell_is_refused_with_a_located_Dutch_problem()
    {
        var template = new WordTemplate(Table(Row("{{ tablerow s in sleutels }}{{ s.naam }}", "{{ end }}")));

        var problem = Assert.Single(Rendering.Problems(template, PlanWith("Rato")));

        Assert.Equal("{{ tablerow s in sleutels }}", problem.Tag);
        Assert.Contains("tabel 1, rij 1, cel 1", problem.Location);
        Assert.Contains("herhaalt een tabelcel", problem.Message);
    }

    [Fact]
    public void A_tablerow_outside_a_table_is_refused()
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ tablerow s in sleutels }}{{ s.naam }}{{ end }}")), PlanWith("Rato")));

        Assert.Contains("dezelfde cel", problem.Message);
    }
}
