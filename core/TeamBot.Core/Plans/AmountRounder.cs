namespace TeamBot.Core.Plans;

/// <summary>Rounding to the euro or the cent, half away from zero as a spreadsheet does, and largest-remainder rounding.</summary>
internal static class AmountRounder
{
    public static int Decimals(AmountRounding rounding) => rounding == AmountRounding.Euro ? 0 : 2;

    /// <summary>Always with exactly the decimals shown (15124.70, not 15124.7), so JSON and text agree.</summary>
    public static decimal Round(decimal amount, AmountRounding rounding)
    {
        var rounded = Math.Round(amount, Decimals(rounding), MidpointRounding.AwayFromZero);
        return rounding == AmountRounding.Euro ? rounded : rounded + 0.00m;
    }

    /// <summary>
    /// Rounds each amount down to the unit, then gives one unit more to the amounts that lost most, until they add up
    /// to <paramref name="target"/> exactly. Ties go to the earlier row, so the result is repeatable.
    /// </summary>
    public static decimal[] LargestRemainder(IReadOnlyList<decimal> amounts, decimal target, AmountRounding rounding)
    {
        var unit = rounding == AmountRounding.Euro ? 1m : 0.01m;
        var result = amounts.Select(a => Round(Math.Floor(a / unit) * unit, rounding)).ToArray();
        var missingUnits = (int)Math.Clamp((target - result.Sum()) / unit, 0, amounts.Count);
        var receivers = amounts
            .Select((amount, index) => (Remainder: amount - result[index], Index: index))
            .OrderByDescending(r => r.Remainder)
            .ThenBy(r => r.Index)
            .Take(missingUnits)
            .Select(r => r.Index)
            .ToList();
        foreach (var index in receivers) result[index] += unit;
        return result;
    }
}
