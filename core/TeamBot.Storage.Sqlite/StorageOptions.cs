namespace TeamBot.Storage.Sqlite;

/// <summary>Section "Storage". The embedded default is SQLite in the data folder.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The data folder (CLI --data, env TEAMBOT_DATA; default ./data).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Overrides the SQLite file in the data folder when set.</summary>
    public string? ConnectionString { get; set; }

    public string SqliteConnectionString =>
        ConnectionString ?? $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "teambot.db")};Foreign Keys=True";
}
