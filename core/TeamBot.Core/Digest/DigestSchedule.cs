using Cronos;
using Microsoft.Extensions.Options;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Digest;

/// <summary>
/// When the weekly digest is due, by the cron expression of Digest:Schedule in the region's time zone (so 08:00 stays
/// 08:00 in summer and winter time). A digest is due from the first scheduled moment of an ISO week until that week
/// ends: a host that was down on Monday morning sends it when it starts that week, never the week after.
/// </summary>
public sealed class DigestSchedule(IOptions<DigestOptions> options, RegionCalendar calendar)
{
    /// <summary>A digest looks back from three days before it is sent: Monday's covers last week, Friday's this one.</summary>
    private const int LookBackDays = 3;

    private readonly CronExpression _cron = CronExpression.Parse(options.Value.Schedule, CronFormat.Standard);

    public static bool IsValid(string? expression) =>
        !string.IsNullOrWhiteSpace(expression) && CronExpression.TryParse(expression, CronFormat.Standard, out _);

    /// <returns>The digest due at <paramref name="now"/>, or null before this week's first scheduled moment.</returns>
    public DueDigest? Due(DateTimeOffset now)
    {
        var sendWeek = IsoWeek.Of(calendar.DateOf(now));
        var weekStart = calendar.StartOf(sendWeek.Monday);
        var first = _cron.GetOccurrences(weekStart, now, calendar.Zone, fromInclusive: true, toInclusive: true).FirstOrDefault();
        return first == default ? null : new DueDigest(sendWeek, ReportedWeek(first), first);
    }

    /// <summary>The next scheduled moment after <paramref name="now"/>, for the log.</summary>
    public DateTimeOffset? Next(DateTimeOffset now) => _cron.GetNextOccurrence(now, calendar.Zone);

    /// <summary>The week a digest sent at <paramref name="moment"/> is about ("digest nu" included).</summary>
    public IsoWeek ReportedWeek(DateTimeOffset moment) => IsoWeek.Of(calendar.DateOf(moment).AddDays(-LookBackDays));
}

/// <param name="SendWeek">The ISO week it is sent in: one digest per channel per send week.</param>
/// <param name="ReportedWeek">The week whose figures it shows.</param>
public sealed record DueDigest(IsoWeek SendWeek, IsoWeek ReportedWeek, DateTimeOffset ScheduledAt);
