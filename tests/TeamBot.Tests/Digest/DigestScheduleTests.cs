using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamBot.Core.Digest;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Digest;

/// <summary>The schedule on a fake clock: Monday 08:00 in the region's zone, summer and winter, catch-up within the week only.</summary>
public sealed class DigestScheduleTests
{
    private static DigestSchedule Schedule(FakeTimeProvider clock, string cron = "0 8 * * 1") =>
        new(Options.Create(new DigestOptions { Schedule = cron }), TestCalendar.On(clock));

    [Theory]
    [InlineData("2026-07-06T05:59:00Z", null)] // Monday 07:59 CEST
    [InlineData("2026-07-06T06:00:00Z", "2026-W28")] // Monday 08:00 CEST = 06:00 UTC
    [InlineData("2026-11-30T06:30:00Z", null)] // Monday 07:30 CET
    [InlineData("2026-11-30T07:00:00Z", "2026-W49")] // Monday 08:00 CET = 07:00 UTC
    public void Monday_0800_is_region_time_in_summer_and_winter(string utc, string? dueWeek)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(dueWeek, Schedule(clock).Due(clock.GetUtcNow())?.SendWeek.ToString());
    }

    [Fact]
    public void A_monday_digest_reports_the_week_before()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(1)));
        var due = Schedule(clock).Due(clock.GetUtcNow())!;
        Assert.Equal("2026-W49", due.SendWeek.ToString());
        Assert.Equal("2026-W48", due.ReportedWeek.ToString());
        Assert.Equal(new DateOnly(2026, 11, 23), due.ReportedWeek.Monday);
    }

    [Fact]
    public void A_digest_missed_on_monday_is_still_due_that_week_and_never_the_next()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.FromHours(1))); // Thursday
        var schedule = Schedule(clock);
        Assert.Equal("2026-W49", schedule.Due(clock.GetUtcNow())!.SendWeek.ToString());
        Assert.Equal("2026-W48", schedule.Due(clock.GetUtcNow())!.ReportedWeek.ToString());

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 7, 59, 0, TimeSpan.FromHours(1))); // next Monday, 07:59
        Assert.Null(schedule.Due(clock.GetUtcNow()));
    }

    [Fact]
    public void A_friday_afternoon_digest_reports_its_own_week()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 16, 30, 0, TimeSpan.FromHours(1)));
        var due = Schedule(clock, "30 16 * * 5").Due(clock.GetUtcNow())!;
        Assert.Equal("2026-W49", due.ReportedWeek.ToString());
    }

    [Fact]
    public void The_next_send_is_named_in_region_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var next = Schedule(clock).Next(clock.GetUtcNow())!.Value;
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.FromHours(1)), next);
        Assert.Equal(TimeSpan.FromHours(1), next.Offset);
    }

    [Theory]
    [InlineData("0 8 * * 1", true)]
    [InlineData("*/5 * * * *", true)]
    [InlineData("maandag 8 uur", false)]
    [InlineData("0 25 * * 1", false)]
    [InlineData("", false)]
    public void Only_a_cron_expression_is_a_schedule(string cron, bool valid) => Assert.Equal(valid, DigestSchedule.IsValid(cron));
}
