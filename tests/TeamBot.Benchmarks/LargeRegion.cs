using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Benchmarks;

/// <summary>The sample region made ten times larger: every gemeente, aanbieder, product and contract ten times, under other names.</summary>
internal static class LargeRegion
{
    private static readonly string[] Copies = ["", "Alfa", "Bravo", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet"];

    public static RegionData Build(int factor = 10)
    {
        var sample = RegionWorkbookParser.Parse("voorbeeld.xlsx",
            SampleWorkbook.Build(Path.Combine(AppContext.BaseDirectory, "samples", "region")), new DateOnly(2026, 11, 22)).Data!;
        var copies = Copies.Take(factor).ToList();
        return new RegionData(
            copies.SelectMany(c => sample.Municipalities.Select(m => m with { Name = Named(m.Name, c), Regions = m.Regions.Select(r => Named(r, c)).ToList() })).ToList(),
            copies.SelectMany(c => sample.Providers.Select(p => p with { Name = Named(p.Name, c) })).ToList(),
            copies.SelectMany(c => sample.Products.Select(p => p with { Code = Coded(p.Code, c), Name = Named(p.Name, c) })).ToList(),
            copies.SelectMany(c => sample.Contracts.Select(k => k with
            {
                Provider = Named(k.Provider, c),
                ProductCode = Coded(k.ProductCode, c),
                Region = k.Region is null ? null : Named(k.Region, c),
                Municipalities = k.Municipalities.Select(m => Named(m, c)).ToList(),
            })).ToList(),
            sample.Documents);
    }

    private static string Named(string name, string copy) => copy.Length == 0 ? name : $"{name} {copy}";

    private static string Coded(string code, string copy) => copy.Length == 0 ? code : $"{code}{copy[0]}";
}
