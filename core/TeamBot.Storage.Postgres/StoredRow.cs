namespace TeamBot.Storage.Postgres;

/// <summary>
/// A row read by column name from Dapper's untyped result, in Npgsql's default CLR types: timestamptz arrives as a
/// UTC DateTime, date as DateTime, jsonb as text.
/// </summary>
internal readonly struct StoredRow(IDictionary<string, object?> columns)
{
    public string Text(string column) => (string)columns[column]!;

    public string? OptionalText(string column) => columns[column] as string;

    public long Integer(string column) => Convert.ToInt64(columns[column], System.Globalization.CultureInfo.InvariantCulture);

    public long? OptionalInteger(string column) => columns[column] is null ? null : Integer(column);

    public bool Flag(string column) => (bool)columns[column]!;

    public double Real(string column) => (double)columns[column]!;

    public decimal? OptionalDecimal(string column) => columns[column] as decimal?;

    public DateTimeOffset Moment(string column) => OptionalMoment(column)!.Value;

    public DateTimeOffset? OptionalMoment(string column) => columns[column] switch
    {
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        DateTimeOffset moment => moment.ToUniversalTime(),
        _ => null,
    };

    public DateOnly? OptionalDate(string column) => columns[column] switch
    {
        DateTime day => DateOnly.FromDateTime(day),
        DateOnly day => day,
        _ => null,
    };

    public static IEnumerable<StoredRow> From(IEnumerable<object> rows) => rows.Cast<IDictionary<string, object?>>().Select(columns => new StoredRow(columns));

    public static StoredRow? FromOptional(object? row) => row is IDictionary<string, object?> columns ? new StoredRow(columns) : null;
}
