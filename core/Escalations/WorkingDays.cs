namespace TeamBot.Core.Escalations;

/// <summary>Counts werkdagen (Monday to Friday) in the given time zone.</summary>
public static class WorkingDays
{
    /// <summary>Whole working days from the day after <paramref name="from"/> up to and including the day of <paramref name="to"/>.</summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var end = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, zone).DateTime);
        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
            if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday) count++;
        return count;
    }
}
