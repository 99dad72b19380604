using TeamBot.Core.Formatting;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Formatting;

/// <summary>Counted nouns say "1 probleem" and "2 problemen", never "probleem/problemen".</summary>
public sealed class DutchCountTests
{
    [Theory]
    [InlineData(1, "1 probleem")]
    [InlineData(0, "0 problemen")]
    [InlineData(2, "2 problemen")]
    [InlineData(2800, "2.800 problemen")]
    public void A_count_takes_the_singular_for_exactly_one(long count, string expected) =>
        Assert.Equal(expected, DutchFormat.Count(count, "probleem", "problemen"));

    [Fact]
    public void Region_counts_of_one_are_singular()
    {
        Assert.Equal("1 gemeente, 1 aanbieder, 1 product, 1 contract, 1 document (1 sectie)", new RegionCounts(1, 1, 1, 1, 1, 1).ToDutch());
        Assert.Equal("2 gemeenten, 0 aanbieders, 3 producten, 2 contracten, 0 documenten (0 secties)", new RegionCounts(2, 0, 3, 2, 0, 0).ToDutch());
    }

    [Fact]
    public void One_problem_not_shown_is_one_probleem()
    {
        var problems = new ImportProblemList { MaxShown = 1 };
        problems.Add(ImportProblem.InFile("regio.xlsx", "Eerste."));
        problems.Add(ImportProblem.InFile("regio.xlsx", "Tweede."));

        Assert.Equal("regio.xlsx: En nog 1 probleem dat hier niet staat; los eerst dat ene op en importeer opnieuw.", problems.Items[^1].ToString());
    }

    [Fact]
    public async Task An_import_with_one_problem_says_1_probleem()
    {
        using var folder = new TempDirectory();
        var workbook = TestWorkbook.Valid().Set("Contracten", 2, "Productcode", "99Z99").SaveTo(folder.File("fout.xlsx"));

        var result = await TeamBotProcess.RunAsync("import", workbook, "--data", folder.File("data"));

        Assert.Contains("Import geweigerd: 1 probleem gevonden. Er is niets gewijzigd.", result.Error);
    }
}
