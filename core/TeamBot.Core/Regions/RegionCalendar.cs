using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace TeamBot.Core.Regions;

/// <summary>
/// The region's one notion of time: "today", ISO weeks and werkdagen in Region:TimeZone, on the injected clock.
/// The server's own zone never decides a date.
/// </summary>
public sealed class RegionCalendar(IOptions<RegionOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = FindTimeZone(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    public DateTimeOffset Now => ToRegion(clock.GetUtcNow());

    public DateOnly Today => DateOf(clock.GetUtcNow());

    public DateTimeOffset ToRegion(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone);

    public DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(ToRegion(moment).DateTime);

    /// <summary>Midnight at the start of <paramref name="date"/> in the region, as an instant.</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }

    /// <summary>"2026-W49": the ISO week of the moment in the region.</summary>
    public string IsoWeek(DateTimeOffset moment) => IsoWeek(DateOf(moment));

    /// <summary>"2026-W49": the ISO week of a day.</summary>
    public static string IsoWeek(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    /// <summary>Whole werkdagen (Monday to Friday) from the day after <paramref name="from"/> up to and including the day of <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var count = 0;
        for (var day = DateOf(from).AddDays(1); day <= DateOf(to); day = day.AddDays(1))
            if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday) count++;
        return count;
    }

    public static bool TryFindTimeZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id)) return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    private static TimeZoneInfo FindTimeZone(string id) =>
        TryFindTimeZone(id, out var zone)
            ? zone
            : throw new InvalidOperationException($"De tijdzone '{id}' (instelling {RegionOptions.Section}:TimeZone) bestaat niet op deze machine.");
}
