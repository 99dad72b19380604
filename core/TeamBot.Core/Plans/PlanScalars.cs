using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamBot.Core.Plans;

/// <summary>The scalar notations a plan data file uses: numbers with a decimal point, "25%", true/false.</summary>
internal static partial class PlanScalars
{
    public static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>"25%", "2.4%" or "2,4%" (a percentage has no thousands, so a comma is a decimal comma).</summary>
    public static bool TryPercentage(string text, out decimal percent)
    {
        percent = 0;
        var match = Percentage().Match(text.Trim());
        return match.Success && TryNumber(match.Groups["number"].Value.Replace(',', '.'), out percent);
    }

    public static bool TryFlag(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "ja":
                value = true;
                return true;
            case "false" or "nee":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    [GeneratedRegex(@"^(?<number>-?\d+(?:[.,]\d+)?)\s*%$")]
    private static partial Regex Percentage();
}
