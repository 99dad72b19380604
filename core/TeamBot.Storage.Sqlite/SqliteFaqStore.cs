using Dapper;
using TeamBot.Core.Questions.Faq;

namespace TeamBot.Storage.Sqlite;

/// <summary>Standard answers in SQLite; saving the same question again replaces its answer.</summary>
public sealed class SqliteFaqStore(SqliteDatabase database) : IFaqStore
{
    public async Task<FaqEntry> SaveAsync(FaqEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(Sql.Command(
            """
            INSERT INTO faq_entry (question_key, redacted_question, answer, created_at, ticket_id)
            VALUES (@QuestionKey, @RedactedQuestion, @Answer, @CreatedAt, @TicketId)
            ON CONFLICT (question_key) DO UPDATE SET answer = excluded.answer, created_at = excluded.created_at, ticket_id = excluded.ticket_id
            RETURNING id
            """,
            new { entry.QuestionKey, entry.RedactedQuestion, entry.Answer, CreatedAt = SqliteTimestamp.Format(entry.CreatedAt), entry.TicketId },
            cancellationToken));
        return entry with { Id = id };
    }

    public async Task<IReadOnlyList<FaqEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(Sql.Command("SELECT * FROM faq_entry ORDER BY id", null, cancellationToken));
        return rows.Select(r => new FaqEntry((long)r.id, (string)r.question_key, (string)r.redacted_question, (string)r.answer,
            SqliteTimestamp.Parse((string)r.created_at), (long?)r.ticket_id)).ToList();
    }
}
