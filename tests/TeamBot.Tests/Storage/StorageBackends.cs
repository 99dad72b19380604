namespace TeamBot.Tests.Storage;

/// <summary>The storage suite's theory data: every test runs on SQLite and on PostgreSQL.</summary>
public static class StorageBackends
{
    public static TheoryData<string> All => new("sqlite", "postgres");
}
