namespace TeamBot.Storage.Postgres;

/// <summary>The log messages of the PostgreSQL adapter, generated at compile time.</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Version} {Name} to PostgreSQL database {Database}")]
    public static partial void MigrationApplied(this ILogger logger, int version, string name, string database);
}
