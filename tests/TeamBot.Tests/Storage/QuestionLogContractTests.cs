using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Storage;

/// <summary>The question log keeps every field as logged, finds entries by time window, and pseudonymises the same way on every instance.</summary>
public sealed class QuestionLogContractTests
{
    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task An_entry_reads_back_with_every_field_as_logged(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var log = backend.Get<IQuestionLog>();
        var entry = Entry(backend.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(1))) with
        {
            Feedback = AnswerFeedback.NotUseful,
            EscalationState = EscalationState.Open,
            AnswerText = "Ja, Autismepunt Zuid is gecontracteerd.",
            Escalate = true,
            ActionToken = "token-1",
            Topics = new QuestionTopics(["Autismepunt Zuid"], ["45A12"], "Heerlen"),
        };

        var id = await log.AppendAsync(entry);
        var stored = await log.GetAsync(id);

        Assert.Equal(Json(entry with { Id = id, AskedAt = entry.AskedAt.ToUniversalTime() }), Json(stored!));
        Assert.Equal(entry.AskedAt, stored!.AskedAt);
        Assert.Null(await log.GetAsync(id + 1000));
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task The_list_keeps_to_its_window_and_a_purge_removes_only_older_entries(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var log = backend.Get<IQuestionLog>();
        var start = backend.Clock.GetUtcNow();
        foreach (var day in Enumerable.Range(0, 5))
            await log.AppendAsync(Entry(start.AddDays(day)));

        var window = await log.ListAsync(start.AddDays(1), start.AddDays(3));
        var all = await log.ListAsync(null, null);
        var purged = await log.PurgeOlderThanAsync(start.AddDays(2));

        Assert.Equal([start.AddDays(1), start.AddDays(2)], window.Select(e => e.AskedAt));
        Assert.Equal(5, all.Count);
        Assert.Equal(2, purged);
        Assert.Equal(3, (await log.ListAsync(null, null)).Count);
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task Feedback_escalation_state_and_an_override_attach_to_their_entry(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var log = backend.Get<IQuestionLog>();
        var original = await log.AppendAsync(Entry(backend.Clock.GetUtcNow()));
        var answer = await log.AppendAsync(Entry(backend.Clock.GetUtcNow()));

        await log.SetFeedbackAsync(original, AnswerFeedback.Useful);
        await log.SetEscalationStateAsync(original, EscalationState.Answered);
        await log.LinkOverrideAsync(original, answer);
        var stored = await log.GetAsync(original);

        Assert.Equal(AnswerFeedback.Useful, stored!.Feedback);
        Assert.Equal(EscalationState.Answered, stored.EscalationState);
        Assert.Equal(answer, (await log.FindOverrideAsync(original))!.Id);
        Assert.Null(await log.FindOverrideAsync(answer));
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task An_asker_has_one_pseudonym_on_every_instance_and_it_is_not_their_id(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        await using var second = backend.AnotherInstance();

        var here = await backend.Get<IQuestionLog>().PseudonymAsync("29:1a2b3c");
        var there = await second.GetRequiredService<IQuestionLog>().PseudonymAsync("29:1a2b3c");
        var other = await backend.Get<IQuestionLog>().PseudonymAsync("29:9z8y7x");

        Assert.Equal(here, there);
        Assert.NotEqual(here, other);
        Assert.Matches("^[0-9a-f]{16}$", here);
    }

    private static QuestionLogEntry Entry(DateTimeOffset askedAt) => new(
        0, askedAt, "Welke aanbieders leveren logeeropvang in [GEMEENTE]?", QuestionCategory.Contract, 0.93, "providers_for_product",
        QuestionOutcome.Answered, [new AnswerSource(AnswerSourceKind.ReferralGuide, "Verwijsgids", "Contracten")],
        "abcdef0123456789", "Heerlen", "msteams", 4.25);

    private static string Json(QuestionLogEntry entry) => JsonSerializer.Serialize(entry);
}
