namespace TeamBot.Storage.Sqlite;

/// <summary>The log messages of the SQLite adapter, generated at compile time.</summary>
internal static partial class SqliteLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Version} {Name}")]
    public static partial void MigrationApplied(this ILogger logger, int version, string name);
}
