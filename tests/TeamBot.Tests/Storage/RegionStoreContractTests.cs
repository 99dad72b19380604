using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Storage;

/// <summary>The region data survives a round trip exactly, replaces are atomic, and the data version tells caches to rebuild.</summary>
public sealed class RegionStoreContractTests
{
    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task An_imported_region_loads_back_exactly_with_money_dates_lists_and_documents(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "region");
        var workbook = SampleWorkbook.Build(folder);
        var outcome = await backend.Importer().ImportAsync("regio.xlsx", workbook, Path.Combine(folder, "documenten"));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        var expected = RegionWorkbookParser.Parse("regio.xlsx", workbook, DateOnly.FromDateTime(backend.Clock.GetUtcNow().Date)).Data! with
        {
            Documents = new ContractDocumentFolderReader().ReadFolder(Path.Combine(folder, "documenten")).Documents,
        };

        var loaded = await backend.Get<IRegionStore>().LoadAsync();

        Assert.Contains(loaded.Contracts, c => c.Rate is { } rate && rate != decimal.Truncate(rate));
        Assert.Contains(loaded.Contracts, c => c.EndDate is not null);
        Assert.NotEmpty(loaded.Documents.SelectMany(d => d.Sections));
        Assert.Equal(Json(expected), Json(loaded));
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task Every_replace_raises_the_data_version_and_lists_the_newest_import_first(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IRegionStore>();
        Assert.Equal(0, await store.GetDataVersionAsync());

        await backend.Importer().ImportAsync("eerste.xlsx", TestWorkbook.Valid().ToBytes(), null);
        backend.Clock.Advance(TimeSpan.FromHours(1));
        await backend.Importer().ImportAsync("tweede.xlsx", TestWorkbook.Valid().ToBytes(), null);
        var history = await store.GetImportHistoryAsync(10);

        Assert.Equal(2, await store.GetDataVersionAsync());
        Assert.Equal(["tweede.xlsx", "eerste.xlsx"], history.Select(h => h.FileName));
        Assert.True(history[0].Id > history[1].Id);
        Assert.Equal(backend.Clock.GetUtcNow(), history[0].ImportedAt);
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task A_replace_the_database_refuses_leaves_the_old_region_exactly_as_it_was(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IRegionStore>();
        await backend.Importer().ImportAsync("regio.xlsx", TestWorkbook.Valid().ToBytes(), null);
        var before = Json(await store.LoadAsync());
        var good = await store.LoadAsync();
        // A contract for a product that is not there breaks the foreign key halfway through the replace.
        var broken = good with { Contracts = [.. good.Contracts, good.Contracts[0] with { ProductCode = "BESTAAT-NIET" }] };

        var record = (await store.GetImportHistoryAsync(1))[0];
        await Assert.ThrowsAnyAsync<Exception>(() => store.ReplaceAsync(broken, record));

        Assert.Equal(before, Json(await store.LoadAsync()));
        Assert.Equal(1, await store.GetDataVersionAsync());
        Assert.Single(await store.GetImportHistoryAsync(10));
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task Migrating_again_or_from_two_instances_at_once_changes_nothing(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        await using var second = backend.AnotherInstance();
        await using var third = backend.AnotherInstance();

        await Task.WhenAll(
            second.GetRequiredService<IStorageMigrator>().MigrateAsync(),
            third.GetRequiredService<IStorageMigrator>().MigrateAsync(),
            backend.Get<IStorageMigrator>().MigrateAsync());

        Assert.Equal(0, await backend.Get<IRegionStore>().GetDataVersionAsync());
    }

    private static string Json(RegionData data) => JsonSerializer.Serialize(data);
}
