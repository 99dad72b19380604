using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.WireFormat;
using TeamBot.Storage.Sqlite;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Storage;

/// <summary>States are enums in code with one naming convention at the storage and JSON edges.</summary>
public sealed class StoredNamesTests
{
    [Fact]
    public void Every_state_has_one_lower_snake_case_wire_name()
    {
        Assert.Equal(["open", "answered", "closed"], WireNames.All<EscalationState>());
        Assert.Equal(["useful", "not_useful", "override"], WireNames.All<AnswerFeedback>());
        Assert.Equal(["answered", "redirected", "escalated", "unanswered", "refused"], WireNames.All<QuestionOutcome>());
        Assert.Equal(["contract", "casuistiek", "overig"], WireNames.All<QuestionCategory>());
        Assert.Equal(AnswerFeedback.NotUseful, WireNames.Parse<AnswerFeedback>("NOT_USEFUL"));
        Assert.Equal(QuestionCategory.CaseQuestion, QuestionCategoryNames.FromWireName("Casuïstiek"));
    }

    [Fact]
    public void Json_writes_and_reads_states_by_their_wire_names()
    {
        var options = new JsonSerializerOptions { Converters = { new WireNameJsonConverter() } };

        Assert.Equal("\"not_useful\"", JsonSerializer.Serialize(AnswerFeedback.NotUseful, options));
        Assert.Equal(EscalationState.Answered, JsonSerializer.Deserialize<EscalationState>("\"answered\"", options));
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EscalationState>("\"Weg\"", options));
        Assert.Equal("Verwacht een van: open, answered, closed.", e.Message);
    }

    [Fact]
    public async Task Tickets_stored_with_the_old_capitalised_states_read_back_after_the_migration()
    {
        using var storage = await TestStorage.CreateEmptyAsync();
        var migrator = new SqliteMigrator(storage.Database, storage.Clock, NullLogger<SqliteMigrator>.Instance);
        await migrator.MigrateToAsync(5, CancellationToken.None);
        await using (var connection = await storage.Database.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO question_log (asked_at, redacted_text, category, confidence, intent, outcome, sources, channel, latency_ms, escalation_state)
                VALUES ('2026-11-02T09:00:00.0000000Z', 'vraag', 'contract', 0.9, 'other', 'Escalated', '[]', 'msteams', 1.0, 'Open');
                INSERT INTO escalation_ticket (question_log_id, redacted_question, category, state, opened_at)
                VALUES (last_insert_rowid(), 'vraag', 'contract', 'Open', '2026-11-02T09:00:00.0000000Z');
                """);
        }

        await migrator.MigrateAsync();

        var ticket = Assert.Single(await new SqliteEscalationStore(storage.Database).ListAsync(EscalationState.Open));
        var logged = await new SqliteQuestionLog(storage.Database).GetAsync(ticket.QuestionLogId);
        Assert.Equal((EscalationState.Open, QuestionOutcome.Escalated), (logged!.EscalationState!.Value, logged.Outcome));
    }
}
