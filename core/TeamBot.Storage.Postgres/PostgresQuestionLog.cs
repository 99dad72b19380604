using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.WireFormat;

namespace TeamBot.Storage.Postgres;

/// <summary>The question log in PostgreSQL, shared by every instance (the pseudonym key too, so an asker is one pseudonym everywhere).</summary>
public sealed class PostgresQuestionLog(PostgresDatabase database) : IQuestionLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private byte[]? _pseudonymKey;

    public async Task<long> AppendAsync(QuestionLogEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(Sql.Command(
            """
            INSERT INTO question_log (asked_at, redacted_text, category, confidence, intent, outcome, sources,
                asker_pseudonym, asker_municipality, channel, latency_ms, feedback, escalation_state, answer_text, escalate, action_token, topics)
            VALUES (@AskedAt, @RedactedText, @Category, @Confidence, @Intent, @Outcome, @Sources::jsonb,
                @AskerPseudonym, @AskerMunicipality, @Channel, @LatencyMilliseconds, @Feedback, @EscalationState, @AnswerText, @Escalate, @ActionToken, @Topics::jsonb)
            RETURNING id
            """,
            new
            {
                AskedAt = PostgresTimestamp.Utc(entry.AskedAt),
                entry.RedactedText,
                Category = entry.Category.ToWireName(),
                entry.Confidence,
                entry.Intent,
                Outcome = WireNames.Of<QuestionOutcome>(entry.Outcome),
                Sources = JsonSerializer.Serialize(entry.Sources.Select(s => new SourceRow(s.WireKind, s.Title, s.Section)), Json),
                entry.AskerPseudonym,
                entry.AskerMunicipality,
                entry.Channel,
                entry.LatencyMilliseconds,
                Feedback = entry.Feedback is { } feedback ? WireNames.Of<AnswerFeedback>(feedback) : null,
                EscalationState = entry.EscalationState is { } state ? WireNames.Of<EscalationState>(state) : null,
                entry.AnswerText,
                entry.Escalate,
                entry.ActionToken,
                Topics = entry.Topics is { IsEmpty: false } topics ? JsonSerializer.Serialize(topics, Json) : null,
            },
            cancellationToken));
    }

    public async Task<IReadOnlyList<QuestionLogEntry>> ListAsync(DateTimeOffset? askedFrom, DateTimeOffset? askedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<object>(Sql.Command(
            "SELECT * FROM question_log WHERE (@From::timestamptz IS NULL OR asked_at >= @From) AND (@To::timestamptz IS NULL OR asked_at < @To) ORDER BY asked_at, id",
            new { From = PostgresTimestamp.Utc(askedFrom), To = PostgresTimestamp.Utc(askedBefore) },
            cancellationToken));
        return StoredRow.From(rows).Select(ToEntry).ToList();
    }

    public async Task<QuestionLogEntry?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<object>(Sql.Command("SELECT * FROM question_log WHERE id = @id", new { id }, cancellationToken));
        return StoredRow.FromOptional(row) is { } stored ? ToEntry(stored) : null;
    }

    public async Task SetFeedbackAsync(long id, AnswerFeedback feedback, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "UPDATE question_log SET feedback = @Feedback WHERE id = @id", new { id, Feedback = WireNames.Of<AnswerFeedback>(feedback) }, cancellationToken));
    }

    public async Task LinkOverrideAsync(long originalId, long contractAnswerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "UPDATE question_log SET override_of = @originalId WHERE id = @contractAnswerId", new { originalId, contractAnswerId }, cancellationToken));
    }

    public async Task<QuestionLogEntry?> FindOverrideAsync(long originalId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<object>(Sql.Command(
            "SELECT * FROM question_log WHERE override_of = @originalId ORDER BY id LIMIT 1", new { originalId }, cancellationToken));
        return StoredRow.FromOptional(row) is { } stored ? ToEntry(stored) : null;
    }

    public async Task SetEscalationStateAsync(long id, EscalationState state, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "UPDATE question_log SET escalation_state = @State WHERE id = @id", new { id, State = WireNames.Of<EscalationState>(state) }, cancellationToken));
    }

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Sql.Command(
            "DELETE FROM question_log WHERE asked_at < @Cutoff", new { Cutoff = PostgresTimestamp.Utc(cutoff) }, cancellationToken));
    }

    public async Task<string> PseudonymAsync(string askerId, CancellationToken cancellationToken = default)
    {
        _pseudonymKey ??= await LoadPseudonymKeyAsync(cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_pseudonymKey, Encoding.UTF8.GetBytes(askerId)))[..16];
    }

    private async Task<byte[]> LoadPseudonymKeyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var hex = await connection.ExecuteScalarAsync<string>(Sql.Command(
            "SELECT value FROM app_setting WHERE name = 'asker_pseudonym_key'", null, cancellationToken));
        return Convert.FromHexString(hex!);
    }

    private static QuestionLogEntry ToEntry(StoredRow row) => new(
        row.Integer("id"), row.Moment("asked_at"), row.Text("redacted_text"),
        WireNames.ParseStored<QuestionCategory>(row.Text("category")), row.Real("confidence"), row.Text("intent"),
        WireNames.ParseStored<QuestionOutcome>(row.Text("outcome")),
        JsonSerializer.Deserialize<List<SourceRow>>(row.Text("sources"), Json)!.Select(s => s.ToSource()).ToList(),
        row.OptionalText("asker_pseudonym"), row.OptionalText("asker_municipality"), row.Text("channel"), row.Real("latency_ms"),
        row.OptionalText("feedback") is { } feedback ? WireNames.ParseStored<AnswerFeedback>(feedback) : null,
        row.OptionalText("escalation_state") is { } state ? WireNames.ParseStored<EscalationState>(state) : null,
        row.OptionalText("answer_text"), row.Flag("escalate"), row.OptionalText("action_token"), row.OptionalInteger("override_of"),
        row.OptionalText("topics") is { } topics ? JsonSerializer.Deserialize<QuestionTopics>(topics, Json) : null);

    private sealed record SourceRow(string Kind, string Title, string? Section)
    {
        public AnswerSource ToSource() => new(AnswerSource.KindFromWire(Kind), Title, Section);
    }
}
