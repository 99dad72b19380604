using Dapper;

namespace TeamBot.Storage.Postgres;

/// <summary>Every Dapper call goes through here, so the caller's cancellation always reaches the command.</summary>
internal static class Sql
{
    public static CommandDefinition Command(string text, object? parameters, CancellationToken cancellationToken, System.Data.IDbTransaction? transaction = null) =>
        new(text, parameters, transaction, cancellationToken: cancellationToken);
}
