using Dapper;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.WireFormat;

namespace TeamBot.Storage.Sqlite;

/// <summary>
/// Escalation tickets in SQLite; the unique question id and the state check in the UPDATE make "once" hold across instances.
/// Ticket numbers are what askers and the inkoopteam see, so a second open of the same question must not use one up.
/// </summary>
public sealed class SqliteEscalationStore(SqliteDatabase database) : IEscalationStore
{
    private static readonly string Open = WireNames.Of<EscalationState>(EscalationState.Open);
    private static readonly string Answered = WireNames.Of<EscalationState>(EscalationState.Answered);
    private static readonly string Closed = WireNames.Of<EscalationState>(EscalationState.Closed);

    public async Task<EscalationTicket> OpenAsync(EscalationTicket ticket, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // A conflicting VALUES insert still takes the next AUTOINCREMENT number before it is skipped; a SELECT that
        // yields no row takes none. The ON CONFLICT stays for two instances racing past the NOT EXISTS.
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
                OpenedAt = SqliteTimestamp.Format(ticket.OpenedAt),
                ticket.ActionToken,
            },
            cancellationToken));
        var row = await connection.QuerySingleAsync(Sql.Command(
            "SELECT * FROM escalation_ticket WHERE question_log_id = @QuestionLogId", new { ticket.QuestionLogId }, cancellationToken));
        return ToTicket(row);
    }

    public async Task<EscalationTicket?> FindByQuestionAsync(long questionLogId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync(Sql.Command(
            "SELECT * FROM escalation_ticket WHERE question_log_id = @questionLogId", new { questionLogId }, cancellationToken));
        return row is null ? null : ToTicket(row);
    }

    public async Task<EscalationTicket?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync(Sql.Command("SELECT * FROM escalation_ticket WHERE id = @id", new { id }, cancellationToken));
        return row is null ? null : ToTicket(row);
    }

    public async Task<IReadOnlyList<EscalationTicket>> ListAsync(EscalationState? state, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(Sql.Command(
            "SELECT * FROM escalation_ticket WHERE @State IS NULL OR state = @State ORDER BY id",
            new { State = state is { } s ? WireNames.Of<EscalationState>(s) : null }, cancellationToken));
        return rows.Select(r => (EscalationTicket)ToTicket(r)).ToList();
    }

    public async Task<bool> TryAnswerAsync(long id, string answer, string answeredByPseudonym, DateTimeOffset answeredAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(Sql.Command(
            "UPDATE escalation_ticket SET state = @Answered, answer = @answer, answered_by_pseudonym = @answeredByPseudonym, answered_at = @At WHERE id = @id AND state = @Open",
            new { id, answer, answeredByPseudonym, At = SqliteTimestamp.Format(answeredAt), Answered, Open }, cancellationToken));
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
            new { id, At = SqliteTimestamp.Format(deliveredAt) }, cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<EscalationTicket>> AwaitingDeliveryAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(Sql.Command(
            "SELECT * FROM escalation_ticket WHERE answered_at IS NOT NULL AND answer_delivered_at IS NULL ORDER BY answered_at", null, cancellationToken));
        return rows.Select(r => (EscalationTicket)ToTicket(r)).ToList();
    }

    private static EscalationTicket ToTicket(dynamic row) => new(
        (long)row.id, (long)row.question_log_id, (string)row.redacted_question, WireNames.ParseStored<QuestionCategory>((string)row.category),
        (string?)row.asker_municipality, (string?)row.bot_answer, (string?)row.asker_address, WireNames.ParseStored<EscalationState>((string)row.state),
        SqliteTimestamp.Parse((string)row.opened_at),
        row.answered_at is string at ? SqliteTimestamp.Parse(at) : null,
        (string?)row.answer, (string?)row.answered_by_pseudonym, (string?)row.ticket_card_address,
        row.answer_delivered_at is string delivered ? SqliteTimestamp.Parse(delivered) : null,
        (string?)row.action_token);
}
