using TeamBot.Tests.Support;

namespace TeamBot.Tests.Regions;

/// <summary>
/// A workbook is bounded before rows are built from it, formulas without a stored result are refused at their cell
/// instead of read as empty, and a flood of problems is cut to the first 200 and a count.
/// </summary>
public sealed class WorkbookLimitTests
{
    private const int Gemeenten = 1;
    private const int Contracten = 4;

    [Theory]
    [InlineData(Contracten, "F3", "E3*1,03", "regio.xlsx, blad 'Contracten', rij 3, kolom F (Tarief): Tarief is een formule zonder opgeslagen uitkomst")]
    [InlineData(Contracten, "G2", "DATE(2023;1;1)", "regio.xlsx, blad 'Contracten', rij 2, kolom G (Ingangsdatum): Ingangsdatum is een formule zonder opgeslagen uitkomst")]
    [InlineData(Gemeenten, "C3", "SUM(D3:E3)", "regio.xlsx, blad 'Gemeenten', rij 3, kolom C (Inwoners): Inwoners is een formule zonder opgeslagen uitkomst")]
    [InlineData(Contracten, "B4", "CONCAT(A1;B1)", "regio.xlsx, blad 'Contracten', rij 4, kolom B (Aanbieder): Aanbieder is een formule zonder opgeslagen uitkomst")]
    public async Task A_formula_without_a_stored_result_is_refused_at_its_cell_never_stored_as_empty(int sheet, string cell, string formula, string expected)
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = XlsxEdit.UncomputedFormula(TestWorkbook.Valid().ToBytes(), sheet, cell, formula);

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook, null);

        var problem = Assert.Single(outcome.Problems);
        Assert.StartsWith(expected, problem.ToString());
        Assert.Contains("sla het op", problem.Message);
        Assert.Equal(0, await storage.Store.GetDataVersionAsync());
    }

    [Fact]
    public async Task A_sheet_with_more_rows_than_a_region_has_is_refused_before_it_is_read()
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = XlsxEdit.ManyRows(TestWorkbook.Valid().ToBytes(), Contracten, rows: 50_001, columns: 1);

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook, null);

        Assert.Equal("regio.xlsx, blad 'Contracten': Het blad heeft meer dan 50.000 rijen; zoveel heeft een regio niet. Staan er lege of oude rijen onder de gegevens?",
            Assert.Single(outcome.Problems).ToString());
    }

    [Fact]
    public async Task A_sheet_wider_than_two_hundred_columns_is_refused()
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = XlsxEdit.ManyRows(TestWorkbook.Valid().ToBytes(), Gemeenten, rows: 1, columns: 300);

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook, null);

        Assert.Contains("Het blad gebruikt 300 kolommen; TeamBot leest er hoogstens 200.", Assert.Single(outcome.Problems).ToString());
    }

    [Fact]
    public async Task Thousands_of_bad_rows_give_the_first_two_hundred_problems_and_a_count()
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = TestWorkbook.Valid();
        for (var row = 5; row < 5 + 3_000; row++)
            workbook.AddRow("Contracten", "Zuid-Limburg", "Onbekende Zorg BV", "45A01", "Beek", "inspanningsgericht", 10d);

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook.ToBytes(), null);

        Assert.Equal(201, outcome.Problems.Count);
        Assert.Equal("regio.xlsx: En nog 2.800 problemen die hier niet staan; los eerst deze 200 op en importeer opnieuw.", outcome.Problems[^1].ToString());
    }
}
