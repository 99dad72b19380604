using Dapper;
using TeamBot.Core.Questions.Faq;

namespace TeamBot.Storage.Postgres;

/// <summary>Standard answers in PostgreSQL; saving the same question again replaces its answer.</summary>
public sealed class PostgresFaqStore(PostgresDatabase database) : IFaqStore
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
            new { entry.QuestionKey, entry.RedactedQuestion, entry.Answer, CreatedAt = PostgresTimestamp.Utc(entry.CreatedAt), entry.TicketId },
            cancellationToken));
        return entry with { Id = id };
    }

    public async Task<IReadOnlyList<FaqEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = StoredRow.From(await connection.QueryAsync<object>(Sql.Command("SELECT * FROM faq_entry ORDER BY id", null, cancellationToken)));
        return rows.Select(r => new FaqEntry(r.Integer("id"), r.Text("question_key"), r.Text("redacted_question"), r.Text("answer"),
            r.Moment("created_at"), r.OptionalInteger("ticket_id"))).ToList();
    }
}
