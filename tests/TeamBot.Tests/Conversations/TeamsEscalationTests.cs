using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Conversations;
using TeamBot.Core.Escalations;
using TeamBot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace TeamBot.Tests.Conversations;

/// <summary>The Teams door end to end: tokens checked, answers as cards, and an escalation from question to standard answer.</summary>
public sealed class TeamsEscalationTests
{
    private const string Question = "Mag een logeerhuis een eigen bijdrage vragen voor uitstapjes?";
    private const string ExpertAnswer = "Nee: uitstapjes vallen binnen het tarief van kortdurend verblijf (44C01).";

    [Fact]
    public async Task A_question_is_answered_with_a_card_posted_to_the_conversation_with_a_bearer_token()
    {
        await using var host = await TeamsBotHost.StartAsync();

        var response = await host.PostAsync(host.Personal("Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(host.Posted("a:asker-chat"));
        var card = reply.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Contains("Autismepunt Zuid", card.GetProperty("content").GetRawText());
        var posted = host.Connector.LogEntries.Single(e => e.RequestMessage.Method == "POST");
        Assert.StartsWith("Bearer ", posted.RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task A_request_without_a_valid_token_gets_401_and_no_reply()
    {
        await using var host = await TeamsBotHost.StartAsync();

        var response = await host.PostAsync(host.Personal("Wie levert pleegzorg?"), token: "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.LogEntries);
    }

    [Fact]
    public async Task An_escalated_question_reaches_the_inkoopteam_channel_and_the_experts_answer_reaches_the_asker_and_answers_the_next_time()
    {
        await using var host = await TeamsBotHost.StartAsync();
        await host.PostAsync(host.Personal(Question));
        var answer = host.Posted("a:asker-chat").Single().GetRawText();

        var escalated = await host.PostAsync(host.CardAction("escalate",
            new { logId = Number(answer, "logId"), @ref = CardButtonData.Reference(answer) }, "00000000-0000-0000-0000-0000000000a1"));

        Assert.Contains("ticket #1", await escalated.Content.ReadAsStringAsync());
        var ticketCard = Assert.Single(host.Posted(TeamsBotHost.InkoopteamChannelId));
        Assert.Contains(Question, ticketCard.GetRawText());
        var ticketId = Number(ticketCard.GetRawText(), "ticketId");
        var ticketRef = CardButtonData.Reference(ticketCard.GetRawText());

        var refused = await host.PostAsync(host.CardAction("ticket.answer", new { ticketId, @ref = ticketRef, answer = "Ja hoor", saveAsFaq = "true" },
            "00000000-0000-0000-0000-0000000000b2", TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("Alleen leden van het inkoopteam", await refused.Content.ReadAsStringAsync());
        Assert.Single(host.Posted("a:asker-chat"));

        var unreferenced = await host.PostAsync(host.CardAction("ticket.answer", new { ticketId, answer = ExpertAnswer, saveAsFaq = "true" },
            TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("Dit ticket ken ik niet", await unreferenced.Content.ReadAsStringAsync());
        var answered = await host.PostAsync(host.CardAction("ticket.answer", new { ticketId, @ref = ticketRef, answer = ExpertAnswer, saveAsFaq = "true" },
            TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("Beantwoord", await answered.Content.ReadAsStringAsync());
        var delivered = host.Posted("a:asker-chat");
        Assert.Equal(2, delivered.Count);
        Assert.Contains("Antwoord van het inkoopteam", delivered[1].GetRawText());
        Assert.Contains(ExpertAnswer, delivered[1].GetRawText());

        var closed = await host.PostAsync(host.CardAction("ticket.close", new { ticketId, @ref = ticketRef }, TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("Gesloten", await closed.Content.ReadAsStringAsync());

        await host.PostAsync(host.Personal(Question.ToLowerInvariant()));
        var next = host.Posted("a:asker-chat")[2].GetRawText();
        Assert.Contains(ExpertAnswer, next);
        Assert.Contains("Standaardantwoord van het inkoopteam", next);
    }

    [Fact]
    public async Task An_answer_the_connector_refuses_now_is_kept_and_delivered_by_the_next_retry()
    {
        await using var host = await TeamsBotHost.StartAsync();
        await host.PostAsync(host.Personal(Question));
        var answer = host.Posted("a:asker-chat").Single().GetRawText();
        await host.PostAsync(host.CardAction("escalate", new { logId = Number(answer, "logId"), @ref = CardButtonData.Reference(answer) }, "00000000-0000-0000-0000-0000000000a1"));
        var ticketCard = Assert.Single(host.Posted(TeamsBotHost.InkoopteamChannelId)).GetRawText();
        var ticketId = Number(ticketCard, "ticketId");
        var refusal = Guid.NewGuid();
        host.Connector.Given(Request.Create().WithPath(path => path.Contains("asker-chat", StringComparison.Ordinal)).UsingPost()).WithGuid(refusal).AtPriority(-10)
            .RespondWith(Response.Create().WithStatusCode(403));

        var answered = await host.PostAsync(host.CardAction("ticket.answer", new { ticketId, @ref = CardButtonData.Reference(ticketCard), answer = ExpertAnswer, saveAsFaq = "false" },
            TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("Beantwoord", await answered.Content.ReadAsStringAsync());
        var stored = await host.Services.GetRequiredService<IEscalationStore>().GetAsync(ticketId);
        Assert.True(stored!.AwaitsDelivery);
        host.Connector.DeleteMapping(refusal);
        var retried = await host.Services.GetRequiredService<AwaitingAnswerDelivery>().RetryAsync();

        Assert.Equal(1, retried);
        Assert.Contains(ExpertAnswer, host.Posted("a:asker-chat")[^1].GetRawText());
        Assert.False((await host.Services.GetRequiredService<IEscalationStore>().GetAsync(ticketId))!.AwaitsDelivery);
        Assert.Equal(0, await host.Services.GetRequiredService<AwaitingAnswerDelivery>().RetryAsync());
    }

    [Fact]
    public async Task A_message_is_answered_at_once_and_its_reply_follows_from_the_queue_when_the_connector_is_slow()
    {
        await using var host = await TeamsBotHost.StartAsync();
        host.Connector.Given(Request.Create().WithPath(path => path.Contains("asker-chat", StringComparison.Ordinal)).UsingPost()).AtPriority(-10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"id":"slow-1"}""").WithDelay(TimeSpan.FromSeconds(2)));
        var replies = host.Services.GetRequiredService<OutgoingReplies>();

        var response = await host.PostAsync(host.Personal(Question), waitForReplies: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(replies.WhenIdleAsync().IsCompleted, "the reply is still on its way when the request is answered");
        Assert.Single(await host.Services.GetRequiredService<TeamBot.Core.Questions.Log.IQuestionLog>().ListAsync(null, null));
        await replies.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("Vraag het inkoopteam", Assert.Single(host.Posted("a:asker-chat")).GetRawText());
    }

    private static long Number(string json, string key) => CardButtonData.Number(json, key);
}
