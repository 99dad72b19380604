using TeamBot.Core.Formatting;

namespace TeamBot.Core.Questions.Answering;

/// <summary>A span of days a question asks about ("in 2027", "voor 1 juli 2027", "binnen een half jaar"), both ends included.</summary>
public sealed record DateWindow(DateOnly From, DateOnly To, string Description)
{
    public bool Contains(DateOnly? day) => day is { } d && d >= From && d <= To;

    /// <summary>A calendar year ("in 2025"), which may lie in the past, unlike a window that starts today.</summary>
    public bool IsWholeYear => From.Month == 1 && From.Day == 1 && To == new DateOnly(From.Year, 12, 31);

    public static DateWindow Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"in {year}");

    public static DateWindow Before(DateOnly today, DateOnly day) => new(today, day.AddDays(-1), $"vóór {DutchFormat.Date(day)}");

    public static DateWindow Until(DateOnly today, DateOnly last, string description) => new(today, last, description);
}
