using System.Globalization;

namespace TeamBot.Storage.Sqlite;

/// <summary>Moments are stored as UTC ISO 8601 text, so text order is time order.</summary>
internal static class SqliteTimestamp
{
    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
