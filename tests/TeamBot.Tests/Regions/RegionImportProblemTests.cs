using TeamBot.Tests.Support;

namespace TeamBot.Tests.Regions;

/// <summary>Every kind of bad input gets a located Dutch message, and the store stays exactly as it was.</summary>
public sealed class RegionImportProblemTests
{
    public static TheoryData<string, Func<TestWorkbook>, string> BadWorkbooks => new()
    {
        {
            "missing required column",
            () => TestWorkbook.Valid().RemoveColumn("Contracten", "Productcode"),
            "regio.xlsx, blad 'Contracten', rij 1, kolom Productcode: De verplichte kolom 'Productcode' ontbreekt in de kopregel."
        },
        {
            "unknown productcode",
            () => TestWorkbook.Valid().Set("Contracten", 3, "Productcode", "99Z99"),
            "regio.xlsx, blad 'Contracten', rij 3, kolom C (Productcode): Onbekende productcode '99Z99': deze staat niet op het blad Producten."
        },
        {
            "unparsable date",
            () => TestWorkbook.Valid().Set("Contracten", 2, "Ingangsdatum", "31-02-2024"),
            "regio.xlsx, blad 'Contracten', rij 2, kolom G (Ingangsdatum): '31-02-2024' is geen geldige datum (verwacht dd-mm-jjjj, bijvoorbeeld 31-12-2027)."
        },
        {
            "unparsable amount",
            () => TestWorkbook.Valid().Set("Contracten", 4, "Tarief", "zeventig euro"),
            "regio.xlsx, blad 'Contracten', rij 4, kolom F (Tarief): 'zeventig euro' is geen bedrag of getal (verwacht bijvoorbeeld 61,50)."
        },
        {
            "amount beyond what a decimal holds",
            () => TestWorkbook.Valid().Set("Contracten", 4, "Tarief", 1e30),
            "regio.xlsx, blad 'Contracten', rij 4, kolom F (Tarief): 1E+30 is onwaarschijnlijk groot voor Tarief (meer dan 1.000.000.000.000); controleer de cel."
        },
        {
            "amount typed with too many digits",
            () => TestWorkbook.Valid().Set("Contracten", 3, "Tarief", "1000000000000000000000000000000"),
            "regio.xlsx, blad 'Contracten', rij 3, kolom F (Tarief): 1000000000000000000000000000000 is onwaarschijnlijk groot voor Tarief (meer dan 1.000.000.000.000); controleer de cel."
        },
        {
            "inwoners beyond plausible",
            () => TestWorkbook.Valid().Set("Gemeenten", 3, "Inwoners", 5e15),
            "regio.xlsx, blad 'Gemeenten', rij 3, kolom C (Inwoners): 5000000000000000 is onwaarschijnlijk groot voor Inwoners (meer dan 1.000.000.000.000); controleer de cel."
        },
        {
            "date before 1900",
            () => TestWorkbook.Valid().Set("Contracten", 2, "Ingangsdatum", "01-01-1850"),
            "regio.xlsx, blad 'Contracten', rij 2, kolom G (Ingangsdatum): Ingangsdatum 01-01-1850 ligt niet tussen 1900 en 2100; controleer het jaartal."
        },
        {
            "excel date after 2100",
            () => TestWorkbook.Valid().Set("Contracten", 3, "Einddatum", new DateTime(2150, 12, 31)),
            "regio.xlsx, blad 'Contracten', rij 3, kolom H (Einddatum): Einddatum 31-12-2150 ligt niet tussen 1900 en 2100; controleer het jaartal."
        },
        {
            "duplicate aanbieder",
            () => TestWorkbook.Valid().AddRow("Aanbieders", "radar jeugd", "00000009"),
            "regio.xlsx, blad 'Aanbieders', rij 5, kolom A (Aanbieder): Aanbieder 'radar jeugd' staat dubbel (ook in rij 2)."
        },
        {
            "gemeente not in Gemeenten",
            () => TestWorkbook.Valid().Set("Contracten", 4, "Gemeenten", "Beek;Gulpen-Wittem"),
            "regio.xlsx, blad 'Contracten', rij 4, kolom D (Gemeenten): Gemeente 'Gulpen-Wittem' staat niet op het blad Gemeenten."
        },
        {
            "end before start",
            () => TestWorkbook.Valid().Set("Contracten", 3, "Einddatum", "31-12-2022"),
            "regio.xlsx, blad 'Contracten', rij 3, kolom H (Einddatum): Einddatum 31-12-2022 ligt vóór de ingangsdatum 01-01-2023."
        },
        {
            "empty workbook",
            TestWorkbook.Empty,
            "regio.xlsx: De werkmap is leeg: er staan geen gegevens in de bladen."
        },
        {
            "missing sheet",
            () => TestWorkbook.Valid().RemoveSheet("Producten"),
            "regio.xlsx: Het blad 'Producten' ontbreekt. Verwachte bladen: Gemeenten, Aanbieders, Producten, Contracten."
        },
    };

    [Theory]
    [MemberData(nameof(BadWorkbooks))]
    public async Task Bad_input_is_refused_with_a_located_message_and_leaves_the_store_unchanged(string @case, Func<TestWorkbook> workbook, string expected)
    {
        using var storage = await TestStorage.CreateAsync();
        await storage.Importer.ImportAsync("eerder.xlsx", TestWorkbook.Valid().ToBytes(), null);
        var before = await storage.SnapshotAsync();

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook().ToBytes(), null);

        Assert.False(outcome.Succeeded, @case);
        Assert.Contains(expected, outcome.Problems.Select(p => p.ToString()));
        Assert.Equal(before, await storage.SnapshotAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_and_leaves_the_store_unchanged()
    {
        using var storage = await TestStorage.CreateAsync();
        await storage.Importer.ImportAsync("eerder.xlsx", TestWorkbook.Valid().ToBytes(), null);
        var before = await storage.SnapshotAsync();

        var outcome = await storage.Importer.ImportAsync("regio.csv", "Gemeente;Regio\nBeek;Zuid-Limburg\n"u8.ToArray(), null);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("regio.csv: Dit bestand is geen Excel-werkmap (.xlsx). Sla het bestand in Excel op als 'Excel-werkmap (*.xlsx)'.", problem.ToString());
        Assert.Equal(before, await storage.SnapshotAsync());
    }

    [Fact]
    public async Task Every_problem_in_a_workbook_is_reported_not_only_the_first()
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = TestWorkbook.Valid()
            .Set("Gemeenten", 3, "Inwoners", "veel")
            .Set("Contracten", 2, "Aanbieder", "Onbekende Zorg BV")
            .Set("Contracten", 3, "Uitvoeringsvariant", "resultaatgericht")
            .Set("Contracten", 4, "Max. einddatum", "01-01-2020");

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook.ToBytes(), null);

        Assert.Equal(4, outcome.Problems.Count);
        Assert.Equal(
            [("Gemeenten", 3, "C (Inwoners)"), ("Contracten", 2, "B (Aanbieder)"), ("Contracten", 3, "E (Uitvoeringsvariant)"), ("Contracten", 4, "I (Max. einddatum)")],
            outcome.Problems.Select(p => (p.Sheet!, p.Row!.Value, p.Column!)));
        Assert.Equal(0, await storage.Store.GetDataVersionAsync());
    }

    [Fact]
    public async Task A_huge_amount_does_not_hide_the_other_problems()
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = TestWorkbook.Valid()
            .Set("Contracten", 2, "Tarief", 1e30)
            .Set("Contracten", 3, "Ingangsdatum", "01-01-1850")
            .Set("Contracten", 4, "Tarief", "zeventig euro");

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook.ToBytes(), null);

        Assert.Equal([2, 3, 4], outcome.Problems.Select(p => p.Row!.Value));
        Assert.Equal(0, await storage.Store.GetDataVersionAsync());
    }

    [Fact]
    public async Task Alle_is_refused_without_a_regio_when_the_workbook_has_several_regions()
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = TestWorkbook.Valid().Set("Contracten", 2, "Regio", null);

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook.ToBytes(), null);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((2, "D (Gemeenten)"), (problem.Row!.Value, problem.Column!));
        Assert.Contains("'Alle' is niet eenduidig", problem.Message);
    }

    [Fact]
    public async Task A_gemeente_outside_the_contract_regio_is_refused()
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = TestWorkbook.Valid().Set("Contracten", 3, "Gemeenten", "Beek;Vaals");

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook.ToBytes(), null);

        Assert.Equal("regio.xlsx, blad 'Contracten', rij 3, kolom D (Gemeenten): Gemeente 'Beek' hoort niet bij regio 'Maastricht-Heuvelland'.",
            Assert.Single(outcome.Problems).ToString());
    }

    [Fact]
    public async Task A_missing_workbook_file_is_reported_by_its_path()
    {
        using var storage = await TestStorage.CreateAsync();
        var path = Path.Combine(storage.Folder, "bestaat-niet.xlsx");

        var outcome = await storage.Importer.ImportFileAsync(path, null);

        Assert.Equal($"{path}: Het bestand bestaat niet.", Assert.Single(outcome.Problems).ToString());
    }
}
