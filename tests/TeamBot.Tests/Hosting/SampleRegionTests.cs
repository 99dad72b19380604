using Microsoft.Extensions.Options;
using TeamBot.Bot.Hosting;
using TeamBot.Core.Regions;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Hosting;

public sealed class SampleRegionTests
{
    private static readonly string[] ZuidLimburg =
    [
        "Beek", "Beekdaelen", "Brunssum", "Eijsden-Margraten", "Gulpen-Wittem", "Heerlen", "Kerkrade", "Landgraaf",
        "Maastricht", "Meerssen", "Simpelveld", "Sittard-Geleen", "Stein", "Vaals", "Valkenburg aan de Geul", "Voerendaal",
    ];

    [Fact]
    public async Task The_shipped_sample_imports_without_problems_with_both_regions_and_its_documents()
    {
        using var storage = await TestStorage.CreateAsync();
        var loader = new SampleRegionLoader(storage.Importer, Options.Create(new SampleDataOptions()));

        var record = await loader.LoadAsync();

        var data = await storage.Store.LoadAsync();
        Assert.Equal(ZuidLimburg.Order(), data.Municipalities.Where(m => m.BelongsTo("Zuid-Limburg")).Select(m => m.Name).Order());
        Assert.Equal(6, data.Municipalities.Count(m => m.BelongsTo("Maastricht-Heuvelland")));
        Assert.Equal(11, data.Contracts.Where(c => c.Region == "Maastricht-Heuvelland").Select(c => c.Provider).Distinct().Count());
        Assert.Contains(data.Contracts, c => c.Status == ContractStatus.Ended);
        Assert.True(data.Documents.Count >= 3);
        Assert.All(data.Providers, p => Assert.True(p.Email is null || p.Email.EndsWith("@voorbeeld.nl", StringComparison.Ordinal), p.Email));
        Assert.Equal(data.Contracts.Count, record.Counts.Contracts);
    }
}
