using Dapper;
using Microsoft.Data.Sqlite;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Sqlite;

/// <summary>
/// Applies the embedded Migrations/NNNN_name.sql scripts in order, each in its own transaction,
/// and records them in schema_migrations so every start is idempotent.
/// </summary>
public sealed class SqliteMigrator(SqliteDatabase database, TimeProvider clock, ILogger<SqliteMigrator> logger) : IStorageMigrator
{
    public Task MigrateAsync(CancellationToken cancellationToken = default) => MigrateToAsync(int.MaxValue, cancellationToken);

    /// <summary>Applies the scripts up to and including <paramref name="lastVersion"/> (tests start from an older schema).</summary>
    internal async Task MigrateToAsync(int lastVersion, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(database.DataDirectory);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command("PRAGMA journal_mode = WAL;", null, cancellationToken));
        await connection.ExecuteAsync(Sql.Command(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);", null, cancellationToken));
        // One read decides whether anything is left to do: at a normal start nothing is, and one transaction per script
        // would cost every command-line run tens of milliseconds. ApplyAsync checks again under the write lock.
        var applied = (await connection.QueryAsync<long>(Sql.Command("SELECT version FROM schema_migrations", null, cancellationToken))).ToHashSet();
        foreach (var migration in EmbeddedMigrations().Where(m => m.Version <= lastVersion && !applied.Contains(m.Version)))
            await ApplyAsync(connection, migration, cancellationToken);
    }

    private async Task ApplyAsync(SqliteConnection connection, MigrationScript migration, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock first, so two processes starting at once cannot both apply a script.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var applied = await connection.ExecuteScalarAsync<long>(Sql.Command(
            "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version", new { migration.Version }, cancellationToken, transaction));
        if (applied > 0) return;
        await connection.ExecuteAsync(Sql.Command(migration.Sql, null, cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
            new { migration.Version, migration.Name, AppliedAt = SqliteTimestamp.Format(clock.GetUtcNow()) }, cancellationToken, transaction));
        await transaction.CommitAsync(cancellationToken);
        logger.MigrationApplied(migration.Version, migration.Name);
    }

    internal static IReadOnlyList<MigrationScript> EmbeddedMigrations() =>
        MigrationScript.Embedded(typeof(SqliteMigrator).Assembly, "migrations/sqlite/");
}
