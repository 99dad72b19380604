using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Classification;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Storage;

/// <summary>One ticket per question with numbers that do not skip, and an answer taken once even when two experts answer at once.</summary>
public sealed class EscalationStoreContractTests
{
    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task Opening_a_question_twice_gives_its_ticket_and_the_next_ticket_the_next_number(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IEscalationStore>();

        var first = await store.OpenAsync(Ticket(backend, questionLogId: 11));
        var again = await store.OpenAsync(Ticket(backend, questionLogId: 11));
        var next = await store.OpenAsync(Ticket(backend, questionLogId: 12));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.Id + 1, next.Id);
        Assert.Equal(EscalationState.Open, first.State);
        Assert.Equal(backend.Clock.GetUtcNow(), first.OpenedAt);
        Assert.Equal(first, await store.FindByQuestionAsync(11));
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task Of_experts_answering_at_once_on_several_instances_exactly_one_answer_is_kept(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var ticket = await backend.Get<IEscalationStore>().OpenAsync(Ticket(backend, questionLogId: 7));
        var instances = Enumerable.Range(0, 4).Select(_ => backend.AnotherInstance()).ToList();

        var results = await Task.WhenAll(instances.Select((instance, i) => instance.GetRequiredService<IEscalationStore>()
            .TryAnswerAsync(ticket.Id, $"antwoord {i}", $"expert{i}", backend.Clock.GetUtcNow())));
        var stored = await backend.Get<IEscalationStore>().GetAsync(ticket.Id);
        foreach (var instance in instances) await instance.DisposeAsync();

        Assert.Single(results, answered => answered);
        var winner = Array.IndexOf(results, true);
        Assert.Equal($"antwoord {winner}", stored!.Answer);
        Assert.Equal($"expert{winner}", stored.AnsweredByPseudonym);
        Assert.Equal(EscalationState.Answered, stored.State);
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task An_answer_awaits_delivery_until_it_is_marked_delivered_once(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IEscalationStore>();
        var ticket = await store.OpenAsync(Ticket(backend, questionLogId: 3));
        await store.TryAnswerAsync(ticket.Id, "Ja.", "expert", backend.Clock.GetUtcNow());

        var waiting = await store.AwaitingDeliveryAsync();
        var first = await store.MarkAnswerDeliveredAsync(ticket.Id, backend.Clock.GetUtcNow());
        var second = await store.MarkAnswerDeliveredAsync(ticket.Id, backend.Clock.GetUtcNow());

        Assert.Equal([ticket.Id], waiting.Select(t => t.Id));
        Assert.True(first);
        Assert.False(second);
        Assert.Empty(await store.AwaitingDeliveryAsync());
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task Tickets_list_by_state_and_keep_their_card_address(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IEscalationStore>();
        var open = await store.OpenAsync(Ticket(backend, questionLogId: 1));
        var closed = await store.OpenAsync(Ticket(backend, questionLogId: 2));
        await store.CloseAsync(closed.Id);
        await store.SetTicketCardAddressAsync(open.Id, "msteams:19:kanaal|activity-1");

        Assert.Equal([open.Id], (await store.ListAsync(EscalationState.Open)).Select(t => t.Id));
        Assert.Equal([closed.Id], (await store.ListAsync(EscalationState.Closed)).Select(t => t.Id));
        Assert.Equal(2, (await store.ListAsync(null)).Count);
        Assert.Equal("msteams:19:kanaal|activity-1", (await store.GetAsync(open.Id))!.TicketCardAddress);
        Assert.False(await store.TryAnswerAsync(closed.Id, "te laat", "expert", backend.Clock.GetUtcNow()));
    }

    private static EscalationTicket Ticket(StorageBackend backend, long questionLogId) => new(
        0, questionLogId, "Mag ik [PRODUCT] combineren met dagbesteding?", QuestionCategory.Contract, "Heerlen",
        "Niet zeker.", "msteams:a:1", EscalationState.Open, backend.Clock.GetUtcNow(), ActionToken: "t-" + questionLogId);
}
