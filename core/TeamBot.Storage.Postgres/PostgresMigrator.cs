using Dapper;
using Npgsql;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Postgres;

/// <summary>
/// Applies the embedded Migrations/NNNN_name.sql scripts in order, each in its own transaction under the startup
/// advisory lock, and records them in schema_migrations, so instances starting together apply each script once.
/// </summary>
public sealed class PostgresMigrator(PostgresDatabase database, TimeProvider clock, ILogger<PostgresMigrator> logger) : IStorageMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var applied = await AppliedVersionsAsync(connection, cancellationToken);
        foreach (var migration in EmbeddedMigrations().Where(m => !applied.Contains(m.Version)))
            await ApplyAsync(connection, migration, cancellationToken);
    }

    internal static IReadOnlyList<MigrationScript> EmbeddedMigrations() =>
        MigrationScript.Embedded(typeof(PostgresMigrator).Assembly, "migrations/postgres/");

    /// <summary>Under the lock, because two instances creating the same table at once make one of them fail.</summary>
    private static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)",
            null, cancellationToken, transaction));
        var applied = (await connection.QueryAsync<int>(Sql.Command("SELECT version FROM schema_migrations", null, cancellationToken, transaction))).ToHashSet();
        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    private static Task<int> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Sql.Command("SELECT pg_advisory_xact_lock(@Key)", new { Key = AdvisoryLockKeys.Migrations }, cancellationToken, transaction));

    private async Task ApplyAsync(NpgsqlConnection connection, MigrationScript migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        var done = await connection.ExecuteScalarAsync<long>(Sql.Command(
            "SELECT count(*) FROM schema_migrations WHERE version = @Version", new { migration.Version }, cancellationToken, transaction));
        if (done > 0) return;
        await connection.ExecuteAsync(Sql.Command(migration.Sql, null, cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
            new { migration.Version, migration.Name, AppliedAt = clock.GetUtcNow().ToUniversalTime() }, cancellationToken, transaction));
        await transaction.CommitAsync(cancellationToken);
        logger.MigrationApplied(migration.Version, migration.Name, database.DatabaseName);
    }
}
