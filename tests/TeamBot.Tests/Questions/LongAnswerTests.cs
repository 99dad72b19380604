using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Regions.Import;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions;

/// <summary>An answer lists at most twenty contracts, then says how many more there are and which filter narrows them.</summary>
public sealed class LongAnswerTests
{
    [Fact]
    public async Task A_product_contracted_with_sixty_aanbieders_lists_twenty_and_counts_the_rest()
    {
        await using var host = await HostWithManyProvidersAsync(60);

        var answer = await host.AskAsync("Welke aanbieders zijn gecontracteerd voor ambulante jeugdhulp generalistisch in Beek?");

        Assert.Equal(20, answer.Text.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains("… en nog 42. Noem een aanbieder om de lijst korter te maken.", answer.Text);
        Assert.True(answer.Text.Length < 4_000, $"{answer.Text.Length} characters");
    }

    [Fact]
    public async Task Without_a_gemeente_the_hint_asks_for_one()
    {
        await using var host = await HostWithManyProvidersAsync(30);

        var answer = await host.AskAsync("Wat zijn de tarieven voor ambulante jeugdhulp generalistisch?");

        Assert.Contains("Noem een gemeente of een aanbieder om de lijst korter te maken.", answer.Text);
    }

    [Fact]
    public async Task A_list_of_twenty_or_fewer_is_given_whole()
    {
        await using var host = await HostWithManyProvidersAsync(17);

        var answer = await host.AskAsync("Welke aanbieders zijn gecontracteerd voor ambulante jeugdhulp generalistisch in Beek?");

        Assert.DoesNotContain("en nog", answer.Text);
        Assert.Equal(19, answer.Text.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
    }

    private static async Task<QuestionTestHost> HostWithManyProvidersAsync(int extra)
    {
        var host = await QuestionTestHost.StartAsync();
        var workbook = TestWorkbook.Valid();
        for (var i = 1; i <= extra; i++)
        {
            var name = $"Jeugdzorg Voorbeeld {i.ToString("00", CultureInfo.InvariantCulture)}";
            workbook.AddRow("Aanbieders", name, (100 + i).ToString("00000000", CultureInfo.InvariantCulture));
            workbook.AddRow("Contracten", "Zuid-Limburg", name, "45A01", "Alle", "inspanningsgericht", 60d + i);
        }
        var outcome = await host.Services.GetRequiredService<RegionImportService>().ImportAsync("regio.xlsx", workbook.ToBytes(), null);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        return host;
    }
}
