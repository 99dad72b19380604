using TeamBot.Core.Questions.Statistics;

namespace TeamBot.Core.Digest;

/// <summary>Which week a digest covers, for whom, and the periods it compares that week with.</summary>
public sealed record DigestScope(IsoWeek Week, DigestAudience Audience, string? Municipality)
{
    public StatisticsPeriod Period => new(Week.Monday, Week.Sunday);

    public StatisticsPeriod Previous => new(Week.AddWeeks(-1).Monday, Week.AddWeeks(-1).Sunday);

    public StatisticsPeriod TrendPeriod => new(Week.AddWeeks(-(DigestBuilder.TrendWeeks - 1)).Monday, Week.Sunday);

    /// <summary>The Monday after the week: what "ends within 90 days" and "open past the norm" count from.</summary>
    public DateOnly DayAfter => Week.Sunday.AddDays(1);

    public bool Contains(DateOnly day) => Period.Contains(day);
}
