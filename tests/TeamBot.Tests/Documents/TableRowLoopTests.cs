using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class TableRowLoopTests
{
    private static readonly Dictionary<string, object?> Plan = new()
    {
        ["acties"] = new List<object>
        {
            new Dictionary<string, object?> { ["actie"] = "Aanbesteding Jeugd", ["gereed"] = "2027-06-30", ["buiten_sla"] = false },
            new Dictionary<string, object?> { ["actie"] = "Evaluatie verwijsgids", ["gereed"] = "2027-12-31", ["buiten_sla"] = true },
        },
        ["leeg"] = new List<object>(),
        ["met_tabel"] = true,
    };

    [Fact]
    public void For_in_first_cell_and_end_in_last_cell_repeats_the_row()
    {
        var template = new WordTemplate(Table(
            Row("Actie", "Gereed"),
            Row("{{ for a in acties }}{{ a.actie }}", "{{ a.gereed | datum_kort }}{{ end }}")));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(
            [["Actie", "Gereed"], ["Aanbesteding Jeugd", "30-06-2027"], ["Evaluatie verwijsgids", "31-12-2027"]],
            document.TableCells());
    }

    [Fact]
    public void Row_loop_tags_split_over_runs_still_repeat_the_row()
    {
        var template = new WordTemplate(Table(
            Row(Cell(P(R("{{ for a in "), Proof(), R("acties"), Proof(start: false), R(" }}{{ a.actie }}"))), Cell(P(R("{{ a.gereed }}{{ e"), R("nd }}"))))));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal([["Aanbesteding Jeugd", "2027-06-30"], ["Evaluatie verwijsgids", "2027-12-31"]], document.TableCells());
    }

    [Fact]
    public void If_inside_a_repeated_row_chooses_per_row()
    {
        var template = new WordTemplate(Table(
            Row("{{ for a in acties }}{{ a.actie }}", "{{ if a.buiten_sla }}buiten SLA{{ else }}SLA{{ end }}{{ end }}")));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal([["Aanbesteding Jeugd", "SLA"], ["Evaluatie verwijsgids", "buiten SLA"]], document.TableCells());
    }

    [Fact]
    public void Paragraph_if_inside_a_repeated_row_cell_drops_the_paragraph()
    {
        var template = new WordTemplate(Table(
            Row(Cell(P("{{ for a in acties }}{{ a.actie }}"), P("{{ if a.buiten_sla }}"), P("Buiten de SLA"), P("{{ end }}")), Cell("{{ end }}"))));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal([["Aanbesteding Jeugd", ""], ["Evaluatie verwijsgids|Buiten de SLA", ""]], document.TableCells());
    }

    [Fact]
    public void Row_loop_inside_a_paragraph_level_if_repeats_rows_when_the_if_holds()
    {
        var template = new WordTemplate(
            P("{{ if met_tabel }}"),
            Table(Row("Actie"), Row("{{ for a in acties }}{{ a.actie }}{{ end }}"), Row("{{ for a in acties }}{{ a.gereed }}", "{{ end }}")),
            P("{{ end }}"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["[tabel]", ""], document.BodyTexts());
        var cells = document.TableCells();
        Assert.Equal(["Actie"], cells[0]);
        Assert.Equal(["Aanbesteding JeugdEvaluatie verwijsgids"], cells[1]);
        Assert.Equal([["2027-06-30", ""], ["2027-12-31", ""]], cells.Skip(2).ToList());
    }

    [Fact]
    public void Row_loop_over_an_empty_list_leaves_the_other_rows()
    {
        var template = new WordTemplate(Table(Row("Actie", "Gereed"), Row("{{ for a in leeg }}{{ a.actie }}", "{{ end }}")));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal([["Actie", "Gereed"]], document.TableCells());
    }

    [Fact]
    public void Table_whose_only_row_loops_over_an_empty_list_disappears()
    {
        var template = new WordTemplate(P("Voor"), Table(Row("{{ for a in leeg }}{{ a.actie }}", "{{ end }}")), P("Na"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Voor", "Na"], document.BodyTexts());
    }

    [Fact]
    public void Row_loop_inside_a_paragraph_loop_repeats_a_table_per_item_and_ends_the_body_with_a_paragraph()
    {
        var plan = new Dictionary<string, object?>
        {
            ["hoofdprocessen"] = new List<object>
            {
                new Dictionary<string, object?> { ["naam"] = "Inkoop", ["acties"] = new List<object> { "A1", "A2" } },
                new Dictionary<string, object?> { ["naam"] = "Toegang", ["acties"] = new List<object> { "B1" } },
            },
        };
        var template = new WordTemplate(
            P("{{ for h in hoofdprocessen }}"), Heading("{{ h.naam }}"),
            Table(Row("{{ for a in h.acties }}{{ a }}", "{{ h.naam }}{{ end }}")),
            P("{{ end }}"));

        using var document = Rendering.Render(template, plan);

        Assert.Equal(["Inkoop", "[tabel]", "Toegang", "[tabel]", ""], document.BodyTexts());
        Assert.Equal([["A1", "Inkoop"], ["A2", "Inkoop"]], document.TableCells(0));
        Assert.Equal([["B1", "Toegang"]], document.TableCells(1));
    }

    [Fact]
    public void For_alone_in_the_first_paragraph_of_a_cell_leaves_no_blank_paragraph_in_the_rows()
    {
        var template = new WordTemplate(Table(Row(Cell(P("{{ for a in acties }}"), P("{{ a.actie }}")), Cell("{{ end }}"))));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal([["Aanbesteding Jeugd", ""], ["Evaluatie verwijsgids", ""]], document.TableCells());
    }
}
