using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamBot.Tests.Support;

/// <summary>
/// Values from a card button's data, read from card JSON as a channel received it, also when that JSON sits escaped
/// inside another JSON string (a Teams attachment as the fake connector recorded it).
/// </summary>
public static partial class CardButtonData
{
    /// <summary>A number such as "logId" or "ticketId"; a string-typed number counts too.</summary>
    public static long Number(string json, string key) =>
        long.Parse(Value(json, key, @"(\d+)"), CultureInfo.InvariantCulture);

    /// <summary>The unguessable reference a question's buttons carry beside its logId.</summary>
    public static string Reference(string json) => Value(json, "ref", "([A-Za-z0-9_-]+)");

    private static string Value(string json, string key, string valuePattern)
    {
        var match = Regex.Match(json, $@"\\?""{Regex.Escape(key)}\\?""\s*:\s*\\?""?{valuePattern}");
        Assert.True(match.Success, $"No \"{key}\" in the card's button data.");
        return match.Groups[1].Value;
    }
}
