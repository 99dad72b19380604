using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Escalations;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Conversations;

/// <summary>
/// In Teams a button's refreshed card is the adaptiveCard/action invoke response (Universal Actions): it replaces the
/// card, nothing is posted beside it, and it is built from what is stored, so no button used before comes back.
/// </summary>
public sealed class TeamsCardRefreshTests
{
    private const string Asker = "00000000-0000-0000-0000-0000000000a1";
    private const string CaseQuestion = "Mevrouw Jansen (34) wil minder uren begeleiding, hoeveel moet ik indiceren?";
    private const string ContractQuestion = "Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?";

    [Fact]
    public async Task Each_press_answers_with_the_refreshed_card_that_keeps_what_was_done_before()
    {
        await using var host = await TeamsBotHost.StartAsync();
        var data = await AskAsync(host, ContractQuestion);

        var rated = await RefreshedCardAsync(await host.PostAsync(host.CardAction("feedback.useful", data, Asker)));
        var escalated = await RefreshedCardAsync(await host.PostAsync(host.CardAction("escalate", data, Asker)));

        Assert.Contains("Bedankt voor je feedback!", rated);
        Assert.Contains("Bedankt voor je feedback!", escalated);
        Assert.Contains("Doorgezet naar het inkoopteam (ticket #1)", escalated);
        Assert.DoesNotContain("Action.Execute", escalated);
        Assert.Single(host.Posted("a:asker-chat"));
    }

    [Fact]
    public async Task The_override_on_an_answered_ticket_answers_as_a_contract_question_and_does_not_claim_it_was_forwarded()
    {
        await using var host = await TeamsBotHost.StartAsync();
        var data = await AskAsync(host, CaseQuestion);
        await host.PostAsync(host.CardAction("escalate", data, Asker));
        var ticket = Assert.Single(await host.Services.GetRequiredService<IEscalationStore>().ListAsync(null));
        await host.Services.GetRequiredService<EscalationWorkflow>().AnswerAsync(ticket.Id, "Indiceer per week.", saveAsFaq: false, TeamsBotHost.ExpertAadId);

        var card = await RefreshedCardAsync(await host.PostAsync(host.CardAction("override", data, Asker)));

        Assert.Contains("Contractvraag", card);
        Assert.Contains("Genoteerd: dit is toch een contractvraag. Je vraag is als contractvraag beantwoord.", card);
        Assert.Contains($"Het inkoopteam heeft deze vraag al beantwoord (ticket #{ticket.Id}): het antwoord staat hier in de chat.", card);
        Assert.DoesNotContain("Doorgezet", card);
        Assert.Single(await host.Services.GetRequiredService<IEscalationStore>().ListAsync(null));
    }

    private static async Task<object> AskAsync(TeamsBotHost host, string question)
    {
        await host.PostAsync(host.Personal(question, Asker));
        var card = host.Posted("a:asker-chat").Single().GetRawText();
        return new { logId = CardButtonData.Number(card, "logId"), @ref = CardButtonData.Reference(card) };
    }

    /// <summary>The card of an invoke response that replaces the pressed one: {statusCode: 200, type: adaptive card, value}.</summary>
    private static async Task<string> RefreshedCardAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
        return body.GetProperty("value").GetRawText();
    }
}
