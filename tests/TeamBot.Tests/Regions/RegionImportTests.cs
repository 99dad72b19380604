using System.Text.Json;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Regions;

public sealed class RegionImportTests
{
    [Fact]
    public async Task A_valid_workbook_imports_and_reads_back_unchanged()
    {
        using var storage = await TestStorage.CreateAsync();

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", TestWorkbook.Valid().ToBytes(), null);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        var data = await storage.Store.LoadAsync();
        Assert.Equal(["Beek", "Maastricht", "Vaals"], data.Municipalities.Select(m => m.Name));
        Assert.Equal(["Zuid-Limburg", "Maastricht-Heuvelland"], data.Municipalities[2].Regions);
        Assert.Equal(1.35m, data.Municipalities[2].Figure(Municipality.AllocationsColumn));
        Assert.Equal(1.9m, data.Municipalities[0].Figure("Objectief budget"));
        Assert.Equal(["autisme", "trauma"], data.Providers[0].Specialisations);

        var radar = data.Contracts[0];
        Assert.Equal(["Beek", "Maastricht", "Vaals"], radar.Municipalities);
        Assert.True(radar.AllMunicipalities);
        Assert.Equal(DeliveryModel.EffortBased, radar.DeliveryModel);
        Assert.Equal(61.5m, radar.Rate);
        Assert.Equal(new DateOnly(2027, 12, 31), radar.EndDate);
        Assert.Equal(new DateOnly(2029, 12, 31), radar.MaxEndDate);

        var heuvelland = data.Contracts[1];
        Assert.Equal(55.10m, heuvelland.Rate);
        Assert.Equal("Maastricht-Heuvelland", heuvelland.Region);
        Assert.Equal(DeliveryModel.TaskBased, heuvelland.DeliveryModel);
        Assert.Equal(new DateOnly(2026, 12, 31), heuvelland.EndDate);

        Assert.Equal("Zuid-Limburg", data.Contracts[2].Region);
        Assert.Equal(ContractStatus.Active, data.Contracts[2].Status);
        Assert.Equal(Json(outcome.Record!.Counts), Json(data.Counts));
    }

    [Fact]
    public async Task A_good_import_records_file_name_hash_counts_and_added_contracts()
    {
        using var storage = await TestStorage.CreateAsync();
        var bytes = TestWorkbook.Valid().ToBytes();

        await storage.Importer.ImportAsync("regio.xlsx", bytes, null);

        var record = Assert.Single(await storage.Store.GetImportHistoryAsync(10));
        Assert.Equal("regio.xlsx", record.FileName);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), record.Sha256);
        Assert.Equal(storage.Clock.GetUtcNow(), record.ImportedAt);
        Assert.Equal(3, record.Counts.Contracts);
        Assert.Equal(3, record.Changes.Count(c => c.Kind == ContractChangeKind.Added));
        Assert.Equal(1, await storage.Store.GetDataVersionAsync());
    }

    [Fact]
    public async Task Importing_the_same_file_again_records_no_changes()
    {
        using var storage = await TestStorage.CreateAsync();
        var bytes = TestWorkbook.Valid().ToBytes();
        await storage.Importer.ImportAsync("regio.xlsx", bytes, null);

        var again = await storage.Importer.ImportAsync("regio.xlsx", bytes, null);

        Assert.True(again.Succeeded);
        Assert.Empty(again.Record!.Changes);
        var history = await storage.Store.GetImportHistoryAsync(10);
        Assert.Equal(2, history.Count);
        Assert.Empty(history[0].Changes);
    }

    [Fact]
    public async Task A_changed_tarief_and_an_ended_contract_are_recorded_as_changes()
    {
        using var storage = await TestStorage.CreateAsync();
        await storage.Importer.ImportAsync("regio.xlsx", TestWorkbook.Valid().ToBytes(), null);
        var next = TestWorkbook.Valid()
            .Set("Contracten", 2, "Tarief", 63.25)
            .Set("Contracten", 3, "Status", "beëindigd")
            .Set("Contracten", 3, "Einddatum", "30-06-2026")
            .AddRow("Contracten", "Zuid-Limburg", "Lekstroom Begeleiding", "45A01", "Vaals", "outputgericht", 72d, "01-01-2026");

        var outcome = await storage.Importer.ImportAsync("regio-2.xlsx", next.ToBytes(), null);

        var changes = outcome.Record!.Changes;
        Assert.Equal(3, changes.Count);
        var changed = Assert.Single(changes, c => c.Kind == ContractChangeKind.Changed);
        Assert.Equal("Radar Jeugd", changed.Provider);
        Assert.Equal("tarief € 61,50 → € 63,25", changed.Detail);
        var ended = Assert.Single(changes, c => c.Kind == ContractChangeKind.Ended);
        Assert.Equal("Zorggroep Heuvelland", ended.Provider);
        Assert.Equal("beëindigd per 30-06-2026", ended.Detail);
        var added = Assert.Single(changes, c => c.Kind == ContractChangeKind.Added);
        Assert.Equal("Vaals", added.Municipalities);
    }

    [Fact]
    public async Task A_contract_left_out_of_the_workbook_is_recorded_as_ended()
    {
        using var storage = await TestStorage.CreateAsync();
        await storage.Importer.ImportAsync("regio.xlsx", TestWorkbook.Valid().ToBytes(), null);
        var withoutLekstroom = TestWorkbook.Valid().RemoveRow("Contracten", 4);

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", withoutLekstroom.ToBytes(), null);

        var ended = Assert.Single(outcome.Record!.Changes, c => c.Kind == ContractChangeKind.Ended);
        Assert.Equal("Lekstroom Begeleiding", ended.Provider);
        Assert.Equal("niet meer in de contractenlijst", ended.Detail);
    }

    [Fact]
    public async Task A_contract_whose_einddatum_has_passed_is_stored_as_ended_when_status_is_empty()
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = TestWorkbook.Valid().Set("Contracten", 4, "Einddatum", "31-12-2025");

        await storage.Importer.ImportAsync("regio.xlsx", workbook.ToBytes(), null);

        Assert.Equal(ContractStatus.Ended, (await storage.Store.LoadAsync()).Contracts[2].Status);
    }

    [Fact]
    public async Task Headers_match_case_insensitively_in_any_order_and_unknown_columns_are_ignored()
    {
        using var storage = await TestStorage.CreateAsync();
        var workbook = TestWorkbook.Valid().RemoveSheet("Producten");
        workbook.Sheet("producten",
            ["OMSCHRIJVING", "extra notitie", "product", "PRODUCTCODE", "wet"],
            ["Hulp thuis.", "negeer mij", "Ambulante jeugdhulp generalistisch", "45A01", "jeugd"],
            ["Individuele begeleiding.", "", "Begeleiding individueel (BGI-ZIN)", "02A01", "WMO"]);

        var outcome = await storage.Importer.ImportAsync("regio.xlsx", workbook.ToBytes(), null);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        var products = (await storage.Store.LoadAsync()).Products;
        Assert.Equal(["Jeugdwet", "Wmo"], products.Select(p => p.Law));
        Assert.Equal("Hulp thuis.", products[0].Description);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
