using Npgsql;

namespace TeamBot.Storage.Postgres;

/// <summary>
/// Reads <c>ConnectionStrings:TeamBot</c> in either form hosting platforms hand out: a URL
/// (postgres://user:password@host:5432/db?sslmode=require) or Npgsql's key/value string.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True when <paramref name="value"/> names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool IsPostgres(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && (IsUrl(value) || value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql form of <paramref name="value"/>; a URL's user, password, host, port, database and query options map one to one.</summary>
    /// <exception cref="FormatException">With a Dutch message that names the setting, never the password.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        try
        {
            return IsUrl(value) ? FromUrl(new Uri(value)) : new NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or FormatException)
        {
            throw new FormatException("ConnectionStrings:TeamBot is geen geldige PostgreSQL-verbinding: gebruik postgres://gebruiker:wachtwoord@server:5432/database of Host=...;Database=...;Username=...", e);
        }
    }

    private static bool IsUrl(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static NpgsqlConnectionStringBuilder FromUrl(Uri url)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : null,
        };
        var credentials = url.UserInfo.Split(':', 2);
        if (credentials[0].Length > 0) builder.Username = Uri.UnescapeDataString(credentials[0]);
        if (credentials.Length == 2) builder.Password = Uri.UnescapeDataString(credentials[1]);
        foreach (var option in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = option.Split('=', 2);
            builder[Uri.UnescapeDataString(pair[0])] = pair.Length == 2 ? Uri.UnescapeDataString(pair[1]) : "";
        }
        return builder;
    }
}
