namespace TeamBot.Storage.Sqlite;

/// <summary>Section "Storage". The embedded default is SQLite in the data folder.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The data folder (CLI --data, env TEAMBOT_DATA; default ./data).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Overrides the SQLite file in the data folder when set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>/readyz reports not ready below this much free space in the data folder.</summary>
    public int MinimumFreeMegabytes { get; set; } = 200;

    /// <summary>How long a statement waits for another process's write lock before it fails (SQLite busy timeout).</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a start waits for another process that is migrating or loading the sample region.</summary>
    public TimeSpan StartupLockTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public string SqliteConnectionString =>
        ConnectionString
        ?? $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "teambot.db")};Foreign Keys=True;Default Timeout={BusyTimeoutSeconds}";
}
