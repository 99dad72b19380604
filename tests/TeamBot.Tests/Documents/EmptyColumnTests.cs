using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

/// <summary>A column whose values all come out empty goes, header included; columns the author typed by hand stay.</summary>
public sealed class EmptyColumnTests
{
    private static Dictionary<string, object?> Rows(params string?[] metingen) => new()
    {
        ["doelen"] = metingen.Select((meting, i) => (object)new Dictionary<string, object?> { ["doel"] = $"Doel {i + 1}", ["meting"] = meting }).ToList(),
    };

    private static WordTemplate SlaTable() => new(Table(
        Row("Doel", "Meting"),
        Row("{{ for d in doelen }}{{ d.doel }}", "{{ d.meting }}{{ end }}")));

    [Fact]
    public void A_column_whose_values_are_all_empty_goes_with_its_header()
    {
        using var document = Rendering.Render(SlaTable(), Rows(null, ""));

        Assert.Equal([["Doel"], ["Doel 1"], ["Doel 2"]], document.TableCells());
    }

    [Fact]
    public void A_column_with_one_value_stays()
    {
        using var document = Rendering.Render(SlaTable(), Rows(null, "F-Fort 2019"));

        Assert.Equal([["Doel", "Meting"], ["Doel 1", ""], ["Doel 2", "F-Fort 2019"]], document.TableCells());
    }

    [Fact]
    public void A_column_left_empty_by_the_author_stays()
    {
        var template = new WordTemplate(Table(Row("Doel", "Opmerkingen", ""), Row("{{ for d in doelen }}{{ d.doel }}", "", "{{ end }}")));

        using var document = Rendering.Render(template, Rows((string?)null));

        Assert.Equal([["Doel", "Opmerkingen", ""], ["Doel 1", "", ""]], document.TableCells());
    }
}
