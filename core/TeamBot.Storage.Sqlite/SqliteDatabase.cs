using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace TeamBot.Storage.Sqlite;

/// <summary>Opens connections to the SQLite file of the data folder (pooled by Microsoft.Data.Sqlite).</summary>
public sealed class SqliteDatabase(IOptions<StorageOptions> options)
{
    public string ConnectionString => options.Value.SqliteConnectionString;

    public string DataDirectory => Path.GetFullPath(options.Value.DataDirectory);

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // In WAL mode NORMAL stays crash-safe and spares an fsync per logged question.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
