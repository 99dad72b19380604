namespace TeamBot.Core.Questions.Statistics;

/// <summary>Whole days in the region, both ends included: 1 januari tot en met 31 december 2019.</summary>
public sealed record StatisticsPeriod
{
    public StatisticsPeriod(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>A plan's year: 1 January to 31 December.</summary>
    public static StatisticsPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The part that has passed by <paramref name="today"/>: a year still under way ends today, so its figures claim no days to come.</summary>
    public StatisticsPeriod UpTo(DateOnly today) => today >= From && today < To ? new StatisticsPeriod(From, today) : this;

    public bool Contains(DateOnly day) => day >= From && day <= To;
}
