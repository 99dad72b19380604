using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Postgres;

/// <summary>
/// A transaction-scoped advisory lock held by an open transaction on a connection of its own: disposing commits and
/// so releases it, and a crashed instance's lock ends with its connection. Waits in short steps up to
/// PostgresStorageOptions.StartupLockTimeout, as the SQLite lock file does.
/// </summary>
public sealed class PostgresStartupLock(PostgresDatabase database, IOptions<PostgresStorageOptions> options, TimeProvider clock) : IStartupLock
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await WaitForLockAsync(connection, transaction, cancellationToken);
            return new HeldLock(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task WaitForLockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + options.Value.StartupLockTimeout;
        while (!await connection.ExecuteScalarAsync<bool>(Sql.Command(
                   "SELECT pg_try_advisory_xact_lock(@Key)", new { Key = AdvisoryLockKeys.Startup }, cancellationToken, transaction)))
        {
            if (clock.GetUtcNow() >= deadline)
                throw new TimeoutException(
                    $"Een andere TeamBot-instantie houdt de startvergrendeling van database {database.DatabaseName} al langer dan {options.Value.StartupLockTimeout.TotalSeconds:0} seconden vast (migraties of de voorbeeldregio).");
            await Task.Delay(RetryDelay, clock, cancellationToken);
        }
    }

    private sealed class HeldLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.CommitAsync();
            }
            finally
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }
}
