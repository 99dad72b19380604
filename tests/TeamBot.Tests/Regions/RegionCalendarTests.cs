using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Questions.Statistics;
using TeamBot.Core.Regions;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Regions;

/// <summary>
/// Every "today", week and werkdag is the region's (Region:TimeZone, default Europe/Amsterdam), so a server in UTC or
/// in UTC+14 gives the same answers. The moments are chosen where the zones disagree on the date.
/// </summary>
[Collection(ProcessTimeZoneGroup.Name)]
public sealed class RegionCalendarTests
{
    // 23:30 on 31-12-2026 in Maastricht: still 31 December in UTC, already 1 January 2027 in Kiritimati.
    private static readonly DateTimeOffset NewYearsEveLate = new(2026, 12, 31, 22, 30, 0, TimeSpan.Zero);

    // 23:30 on Sunday 27-12-2026 in Maastricht (ISO week 52); Monday, week 53, in Kiritimati.
    private static readonly DateTimeOffset SundayLate = new(2026, 12, 27, 22, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("UTC")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Europe/Amsterdam")]
    public async Task Contracts_in_force_weeks_and_werkdagen_follow_the_region_whatever_the_server_zone(string serverZone)
    {
        using var zone = ProcessTimeZone.Set(serverZone);
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById(serverZone).BaseUtcOffset, TimeZoneInfo.Local.BaseUtcOffset);
        await using var host = await QuestionTestHost.StartAsync();
        // A server clock: its local zone is the process's.
        host.Clock.SetLocalTimeZone(TimeZoneInfo.Local);

        host.Clock.SetUtcNow(SundayLate);
        await host.AskAsync("Wie levert pleegzorg?", "Heerlen");
        host.Clock.SetUtcNow(NewYearsEveLate);
        var calendar = host.Services.GetRequiredService<RegionCalendar>();
        var answer = await host.AskAsync("Wie levert pleegzorg?", "Heerlen");

        Assert.Equal(new DateOnly(2026, 12, 31), calendar.Today);
        Assert.Contains("Pleegzorg Mergelland", answer.Text);
        Assert.Equal(["2026-W52", "2026-W53"], await ExportedWeeksAsync(host));
        Assert.Equal("31-12-2026 23:30", calendar.Now.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Pacific/Kiritimati")]
    public void A_ticket_opened_late_on_friday_counts_werkdagen_from_the_regions_monday(string serverZone)
    {
        using var zone = ProcessTimeZone.Set(serverZone);
        // Friday 18-12-2026 23:30 in Maastricht; already Saturday in Kiritimati.
        var opened = new DateTimeOffset(2026, 12, 18, 22, 30, 0, TimeSpan.Zero);
        var ticket = new EscalationTicket(1, 1, "vraag", QuestionCategory.Contract, null, null, null, EscalationState.Open, opened);

        Assert.False(ticket.IsOverdue(TestCalendar.At(new DateTimeOffset(2026, 12, 25, 9, 0, 0, TimeSpan.Zero))));
        Assert.True(ticket.IsOverdue(TestCalendar.At(new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void An_unknown_region_time_zone_is_refused_naming_the_setting()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            new RegionCalendar(Microsoft.Extensions.Options.Options.Create(new RegionOptions { TimeZone = "Europe/Atlantis" }), TimeProvider.System));

        Assert.Equal("De tijdzone 'Europe/Atlantis' (instelling Region:TimeZone) bestaat niet op deze machine.", e.Message);
    }

    private static async Task<List<string>> ExportedWeeksAsync(QuestionTestHost host)
    {
        var entries = await host.Log.ListAsync(null, null);
        var figures = await host.Services.GetRequiredService<QuestionStatisticsService>().CalculateAsync(entries, new StatisticsPeriod(new DateOnly(2026, 12, 27), new DateOnly(2026, 12, 31)));
        var workbook = QuestionLogWorkbook.Build(entries, figures, host.Services.GetRequiredService<RegionCalendar>());
        using var stream = new MemoryStream(workbook);
        return stream.Query(useHeaderRow: true, sheetName: QuestionLogWorkbook.WeeklySheet)
            .Select(row => (string)((IDictionary<string, object>)row)["Week"]).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
