namespace TeamBot.Storage.Postgres;

/// <summary>Npgsql writes a DateTimeOffset to timestamptz only at offset zero.</summary>
internal static class PostgresTimestamp
{
    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();

    public static DateTimeOffset? Utc(DateTimeOffset? value) => value?.ToUniversalTime();
}
