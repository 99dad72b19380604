using Dapper;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.WireFormat;

namespace TeamBot.Storage.Postgres;

/// <summary>
/// Escalation tickets in PostgreSQL. The unique question id makes "one ticket per question" hold across instances, and
/// the state check in the UPDATE (a row lock) makes "answered once" hold: of two experts at once, one changes the row.
/// </summary>
public sealed class PostgresEscalationStore(PostgresDatabase database) : IEscalationStore
{
    private static readonly string Open = WireNames.Of<EscalationState>(EscalationState.Open);
    private static readonly string Answered = WireNames.Of<EscalationState>(EscalationState.Answered);
    private static readonly string Closed = WireNames.Of<EscalationState>(EscalationState.Closed);

    public async Task<EscalationTicket> OpenAsync(EscalationTicket ticket, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // A conflicting insert would still draw the next identity number: the NOT EXISTS keeps ticket numbers without
        // gaps for a second press; the ON CONFLICT stays for two instances racing past it.
        await connection.ExecuteAsync(Sql.Command(
            """
            INSERT INTO escalation_ticket (question_log_id, redacted_question, category, asker_municipality, bot_answer, asker_address, state, opened_at, action_token)
            SELECT @QuestionLogId, @RedactedQuestion, @Category, @AskerMunicipality, @BotAnswer, @AskerAddress, @State, @OpenedAt, @ActionToken
            WHERE NOT EXISTS (SELECT 1 FROM escalation_ticket WHERE question_log_id = @QuestionLogId)
            ON CONFLICT (question_log_id) DO NOTHING
            """,
            new
            {
                ticket.QuestionLogId,
                ticket.RedactedQuestion,
                Category = ticket.Category.ToWireName(),
                ticket.AskerMunicipality,
                ticket.BotAnswer,
                ticket.AskerAddress,
                State = WireNames.Of<EscalationState>(ticket.State),
                OpenedAt = PostgresTimestamp.Utc(ticket.OpenedAt),
                ticket.ActionToken,
            },
            cancellationToken));
        return (await FindByQuestionAsync(ticket.QuestionLogId, cancellationToken))!;
    }

    public async Task<EscalationTicket?> FindByQuestionAsync(long questionLogId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<object>(Sql.Command(
            "SELECT * FROM escalation_ticket WHERE question_log_id = @questionLogId", new { questionLogId }, cancellationToken));
        return StoredRow.FromOptional(row) is { } stored ? ToTicket(stored) : null;
    }

    public async Task<EscalationTicket?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<object>(Sql.Command("SELECT * FROM escalation_ticket WHERE id = @id", new { id }, cancellationToken));
        return StoredRow.FromOptional(row) is { } stored ? ToTicket(stored) : null;
    }

    public async Task<IReadOnlyList<EscalationTicket>> ListAsync(EscalationState? state, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<object>(Sql.Command(
            "SELECT * FROM escalation_ticket WHERE @State::text IS NULL OR state = @State ORDER BY id",
            new { State = state is { } s ? WireNames.Of<EscalationState>(s) : null }, cancellationToken));
        return StoredRow.From(rows).Select(ToTicket).ToList();
    }

    public async Task<bool> TryAnswerAsync(long id, string answer, string answeredByPseudonym, DateTimeOffset answeredAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(Sql.Command(
            "UPDATE escalation_ticket SET state = @Answered, answer = @answer, answered_by_pseudonym = @answeredByPseudonym, answered_at = @At WHERE id = @id AND state = @Open",
            new { id, answer, answeredByPseudonym, At = PostgresTimestamp.Utc(answeredAt), Answered, Open }, cancellationToken));
        return changed == 1;
    }

    public async Task SetTicketCardAddressAsync(long id, string address, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command("UPDATE escalation_ticket SET ticket_card_address = @address WHERE id = @id", new { id, address }, cancellationToken));
    }

    public async Task CloseAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command("UPDATE escalation_ticket SET state = @Closed WHERE id = @id", new { id, Closed }, cancellationToken));
    }

    public async Task<bool> MarkAnswerDeliveredAsync(long id, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Sql.Command(
            "UPDATE escalation_ticket SET answer_delivered_at = @At WHERE id = @id AND answer_delivered_at IS NULL",
            new { id, At = PostgresTimestamp.Utc(deliveredAt) }, cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<EscalationTicket>> AwaitingDeliveryAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<object>(Sql.Command(
            "SELECT * FROM escalation_ticket WHERE answered_at IS NOT NULL AND answer_delivered_at IS NULL ORDER BY answered_at", null, cancellationToken));
        return StoredRow.From(rows).Select(ToTicket).ToList();
    }

    private static EscalationTicket ToTicket(StoredRow row) => new(
        row.Integer("id"), row.Integer("question_log_id"), row.Text("redacted_question"), WireNames.ParseStored<QuestionCategory>(row.Text("category")),
        row.OptionalText("asker_municipality"), row.OptionalText("bot_answer"), row.OptionalText("asker_address"),
        WireNames.ParseStored<EscalationState>(row.Text("state")), row.Moment("opened_at"), row.OptionalMoment("answered_at"),
        row.OptionalText("answer"), row.OptionalText("answered_by_pseudonym"), row.OptionalText("ticket_card_address"),
        row.OptionalMoment("answer_delivered_at"), row.OptionalText("action_token"));
}
