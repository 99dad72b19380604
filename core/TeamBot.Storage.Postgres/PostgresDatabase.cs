using Microsoft.Extensions.Options;
using Npgsql;

namespace TeamBot.Storage.Postgres;

/// <summary>The one pooled data source of the process; every store opens its connections here.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(IOptions<PostgresStorageOptions> options)
    {
        var builder = PostgresConnectionString.Parse(options.Value.ConnectionString);
        builder.CommandTimeout = options.Value.CommandTimeoutSeconds;
        builder.ApplicationName ??= "teambot";
        _dataSource = NpgsqlDataSource.Create(builder);
        DatabaseName = builder.Database ?? builder.Username ?? "postgres";
    }

    /// <summary>For messages and advisory-lock keys; never the password.</summary>
    public string DatabaseName { get; }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) => _dataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
