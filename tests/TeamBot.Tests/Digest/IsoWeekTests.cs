using TeamBot.Core.Digest;

namespace TeamBot.Tests.Digest;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-W49", "2026-11-30", "2026-12-06")]
    [InlineData("2026-W53", "2026-12-28", "2027-01-03")] // 2026 starts on a Thursday: it has 53 weeks
    [InlineData("2027-W01", "2027-01-04", "2027-01-10")]
    [InlineData("2021w1", "2021-01-04", "2021-01-10")]
    public void A_week_runs_monday_to_sunday(string text, string monday, string sunday)
    {
        Assert.True(IsoWeek.TryParse(text, out var week));
        Assert.Equal(monday, IsoWeek.DateText(week!.Value.Monday));
        Assert.Equal(sunday, IsoWeek.DateText(week.Value.Sunday));
    }

    [Theory]
    [InlineData("2027-W53")] // 2027 has 52 weeks
    [InlineData("2026-W00")]
    [InlineData("week 49")]
    [InlineData("49")]
    [InlineData(null)]
    public void A_week_that_does_not_exist_is_refused(string? text) => Assert.False(IsoWeek.TryParse(text, out _));

    [Fact]
    public void Weeks_count_across_the_year_end()
    {
        Assert.Equal("2026-W53", IsoWeek.Of(new DateOnly(2027, 1, 3)).ToString());
        Assert.Equal("2027-W01", new IsoWeek(2026, 53).AddWeeks(1).ToString());
        Assert.Equal("2026-W42", new IsoWeek(2026, 49).AddWeeks(-7).ToString());
    }
}
