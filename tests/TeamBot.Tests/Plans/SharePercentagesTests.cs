using TeamBot.Core.Plans;

namespace TeamBot.Tests.Plans;

/// <summary>
/// The rounding rule that reproduces seed 002's "Aandeel totaal": each sleutel's share rounded to 0,01% first, then the
/// weighted sum rounded. Computed from the rounded bijdrage instead, Kerkrade and Simpelveld come out 0,01 lower.
/// </summary>
public sealed class SharePercentagesTests
{
    [Theory]
    [InlineData("Kerkrade", 6.25, 7.53, 10.68, 12.52, 9.25)]
    [InlineData("Simpelveld", 6.25, 1.91, 1.84, 2.18, 3.05)]
    [InlineData("Beek", 6.25, 2.70, 2.54, 2.12, 3.40)]
    public void The_share_of_the_whole_is_the_weighted_sum_of_the_rounded_sleutel_shares(string gemeente, double rato, double jongeren, double toekenningen, double declaraties, double expected)
    {
        var keys = new[] { rato, jongeren, toekenningen, declaraties }.Select(share => (25m, (decimal)share));

        Assert.True((decimal)expected == SharePercentages.OfWhole(keys), gemeente);
    }

    [Fact]
    public void The_shipped_plan_gives_the_seeds_shares_where_the_bijdrage_alone_would_not()
    {
        var allocation = PlanTestData.Allocate(File.ReadAllText(PlanTestData.ShippedPlan("uitvoeringsplan-jeugd-2021.yaml")))[0];

        var kerkrade = PlanTestData.Line(allocation, "Kerkrade");
        Assert.Equal(9.25m, kerkrade.SharePercent);
        Assert.Equal(9.24m, SharePercentages.Of(kerkrade.Amount, allocation.Total));
        Assert.Equal(3.05m, PlanTestData.Line(allocation, "Simpelveld").SharePercent);
        Assert.Equal(new KeyShare(1, 6.25m), kerkrade.Shares["Rato"]);
    }

    [Fact]
    public void Values_that_add_up_to_nothing_give_zero_shares()
    {
        Assert.Equal([0m, 0m], SharePercentages.OfValues([0m, 0m]));
    }
}
