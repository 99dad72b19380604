namespace TeamBot.Storage.Postgres;

/// <summary>
/// PostgreSQL is chosen by <c>ConnectionStrings:TeamBot</c>, a postgres URL or an Npgsql key/value string; the rest
/// of the section "Storage" still applies where it means the same.
/// </summary>
public sealed class PostgresStorageOptions
{
    /// <summary>As given: postgres://user:password@host:port/database?sslmode=require, or Host=...;Database=...</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>How long one statement may run before it fails (Npgsql's command timeout).</summary>
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a start waits for another instance that is migrating or loading the sample region.</summary>
    public TimeSpan StartupLockTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
