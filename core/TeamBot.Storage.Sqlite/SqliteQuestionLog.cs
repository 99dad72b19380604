using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.WireFormat;

namespace TeamBot.Storage.Sqlite;

/// <summary>The question log in the SQLite file of the data folder.</summary>
public sealed class SqliteQuestionLog(SqliteDatabase database) : IQuestionLog
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
            VALUES (@AskedAt, @RedactedText, @Category, @Confidence, @Intent, @Outcome, @Sources,
                @AskerPseudonym, @AskerMunicipality, @Channel, @LatencyMilliseconds, @Feedback, @EscalationState, @AnswerText, @Escalate, @ActionToken, @Topics)
            RETURNING id
            """,
            new
            {
                AskedAt = SqliteTimestamp.Format(entry.AskedAt),
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
                entry.ActionToken,
                Escalate = entry.Escalate ? 1 : 0,
                Topics = entry.Topics is { IsEmpty: false } topics ? JsonSerializer.Serialize(topics, Json) : null,
            },
            cancellationToken));
    }

    public async Task<IReadOnlyList<QuestionLogEntry>> ListAsync(DateTimeOffset? askedFrom, DateTimeOffset? askedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(Sql.Command(
            "SELECT * FROM question_log WHERE (@From IS NULL OR asked_at >= @From) AND (@To IS NULL OR asked_at < @To) ORDER BY asked_at, id",
            new { From = askedFrom is null ? null : SqliteTimestamp.Format(askedFrom.Value), To = askedBefore is null ? null : SqliteTimestamp.Format(askedBefore.Value) },
            cancellationToken));
        return rows.Select(r => (QuestionLogEntry)ToEntry(r)).ToList();
    }

    public async Task<QuestionLogEntry?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync(Sql.Command("SELECT * FROM question_log WHERE id = @id", new { id }, cancellationToken));
        return row is null ? null : ToEntry(row);
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
        var row = await connection.QueryFirstOrDefaultAsync(Sql.Command(
            "SELECT * FROM question_log WHERE override_of = @originalId ORDER BY id LIMIT 1", new { originalId }, cancellationToken));
        return row is null ? null : ToEntry(row);
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
            "DELETE FROM question_log WHERE asked_at < @Cutoff", new { Cutoff = SqliteTimestamp.Format(cutoff) }, cancellationToken));
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

    private static QuestionLogEntry ToEntry(dynamic row) => new(
        (long)row.id, SqliteTimestamp.Parse((string)row.asked_at), (string)row.redacted_text,
        WireNames.ParseStored<QuestionCategory>((string)row.category), (double)row.confidence, (string)row.intent,
        WireNames.ParseStored<QuestionOutcome>((string)row.outcome),
        JsonSerializer.Deserialize<List<SourceRow>>((string)row.sources, Json)!.Select(s => s.ToSource()).ToList(),
        (string?)row.asker_pseudonym, (string?)row.asker_municipality, (string)row.channel, (double)row.latency_ms,
        row.feedback is string feedback ? WireNames.ParseStored<AnswerFeedback>(feedback) : null,
        row.escalation_state is string state ? WireNames.ParseStored<EscalationState>(state) : null,
        (string?)row.answer_text, (long)row.escalate == 1, (string?)row.action_token, (long?)row.override_of,
        row.topics is string topics ? JsonSerializer.Deserialize<QuestionTopics>(topics, Json) : null);

    private sealed record SourceRow(string Kind, string Title, string? Section)
    {
        public AnswerSource ToSource() => new(AnswerSource.KindFromWire(Kind), Title, Section);
    }
}
