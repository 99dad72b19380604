namespace TeamBot.Storage.Sqlite;

/// <summary>
/// A row read by column name from Dapper's untyped result (its rows are dictionaries). Reading it through `dynamic`
/// would load the C# runtime binder, whose first use costs a one-shot command such as `teambot plan render` 0.1 s.
/// </summary>
internal readonly struct StoredRow(IDictionary<string, object?> columns)
{
    public string Text(string column) => (string)columns[column]!;

    public string? OptionalText(string column) => columns[column] as string;

    public long Integer(string column) => (long)columns[column]!;

    /// <summary>The rows of an untyped Dapper query, as <c>StoredRow.From(await connection.QueryAsync(Sql.Command(...)))</c>.</summary>
    public static IEnumerable<StoredRow> From(IEnumerable<object> rows) => rows.Cast<IDictionary<string, object?>>().Select(columns => new StoredRow(columns));
}
