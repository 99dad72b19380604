namespace TeamBot.Core.Plans;

/// <summary>
/// The percentages the seeds print beside a kostenverdeling. Each gemeente's share of a sleutel is rounded to 0,01%
/// first; its share of the whole is the weighted sum of those rounded shares, rounded again. That is how seed 002's
/// spreadsheet gets Kerkrade 9,25% (¼ × (6,25 + 7,53 + 10,68 + 12,52) = 9,245) where its bijdrage alone gives 9,24%.
/// </summary>
public static class SharePercentages
{
    public static decimal[] OfValues(decimal[] values)
    {
        var sum = values.Sum();
        return values.Select(value => sum == 0 ? 0 : Percent(value * 100 / sum)).ToArray();
    }

    public static decimal OfWhole(IEnumerable<(decimal WeightPercent, decimal KeySharePercent)> keys) =>
        Percent(keys.Sum(key => key.WeightPercent * key.KeySharePercent / 100));

    /// <summary>A part of a whole in percent, rounded to 0,01 (1.397.920 of 118.543.427 is 1,18%).</summary>
    public static decimal Of(decimal part, decimal whole) => whole == 0 ? 0 : Percent(part * 100 / whole);

    private static decimal Percent(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
