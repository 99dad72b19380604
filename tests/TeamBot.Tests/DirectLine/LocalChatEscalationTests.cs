using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Escalations;
using static TeamBot.Tests.DirectLine.ChatActivities;

namespace TeamBot.Tests.DirectLine;

/// <summary>
/// The local chat's picked gemeente and rol, and the inkoopteam panel's API: an escalation from the chat, answered in
/// the panel, reaches the asker's chat through the same path as the Teams ticket card.
/// </summary>
public sealed class LocalChatEscalationTests(LocalChatHost host) : IClassFixture<LocalChatHost>
{
    private const string CaseQuestion = "Mevrouw Jansen (34) wil minder uren begeleiding, hoeveel moet ik indiceren?";

    [Fact]
    public async Task The_picked_gemeente_is_the_askers_gemeente()
    {
        var session = await host.StartConversationAsync();

        await host.SendAsync(session, CaseQuestion, gemeente: "kerkrade");

        var card = LastCard(await host.ActivitiesAsync(session));
        Assert.Contains("kwaliteitsmedewerker", card);
        Assert.Contains("Jeugdteam Kerkrade", card);
    }

    [Fact]
    public async Task The_gemeenten_of_the_stored_region_are_offered()
    {
        var gemeenten = await host.Http.GetFromJsonAsync<JsonElement>("/api/local/gemeenten");

        var names = gemeenten.EnumerateArray().Select(g => g.GetProperty("name").GetString()).ToList();
        Assert.Equal(16, names.Count);
        Assert.Contains("Heerlen", names);
        Assert.Contains("Maastricht-Heuvelland", gemeenten.EnumerateArray().Single(g => g.GetProperty("name").GetString() == "Vaals").GetRawText());
    }

    [Fact]
    public async Task An_escalation_answered_in_the_panel_reaches_the_askers_chat_once()
    {
        var session = await host.StartConversationAsync();
        var ticketId = await EscalateAsync(session, "Heerlen");

        var listed = await OpenEscalationAsync(ticketId);
        Assert.Equal("Heerlen", listed.GetProperty("municipality").GetString());
        Assert.Equal("casuistiek", listed.GetProperty("category").GetString());
        Assert.DoesNotContain("Jansen", listed.GetProperty("question").GetString());

        var answered = await AnswerAsync(ticketId, "Bel je kwaliteitsmedewerker.");
        var again = await AnswerAsync(ticketId, "Nog een antwoord.");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var delivered = LastCard(await host.ActivitiesAsync(session));
        Assert.Contains("Antwoord van het inkoopteam op je vraag", delivered);
        Assert.Contains("Bel je kwaliteitsmedewerker.", delivered);
        Assert.Null(await FindOpenEscalationAsync(ticketId));
    }

    [Fact]
    public async Task The_panel_refuses_an_empty_answer_and_an_unknown_escalation()
    {
        var session = await host.StartConversationAsync();
        var ticketId = await EscalateAsync(session, "Beek");

        var empty = await AnswerAsync(ticketId, "  ");
        var unknown = await AnswerAsync(999_999, "Antwoord");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotNull(await FindOpenEscalationAsync(ticketId));
    }

    [Fact]
    public async Task In_the_local_chat_the_rol_inkoopteam_may_answer_a_ticket_and_the_rol_toegang_may_not()
    {
        var session = await host.StartConversationAsync();
        var ticketId = await EscalateAsync(session, "Stein");
        var reference = (await host.Services.GetRequiredService<IEscalationStore>().GetAsync(ticketId))!.ActionToken;

        await host.SendAsync(session, value: new { verb = "ticket.answer", ticketId, @ref = reference, answer = "Als toegang", saveAsFaq = "false" }, rol: "toegang");
        Assert.Contains("Alleen leden van het inkoopteam", LastCard(await host.ActivitiesAsync(session)));
        Assert.NotNull(await FindOpenEscalationAsync(ticketId));

        await host.SendAsync(session, value: new { verb = "ticket.answer", ticketId, answer = "Zonder kenmerk", saveAsFaq = "false" }, rol: "inkoopteam");
        Assert.NotNull(await FindOpenEscalationAsync(ticketId));
        await host.SendAsync(session, value: new { verb = "ticket.answer", ticketId, @ref = reference, answer = "Als inkoopteam", saveAsFaq = "false" }, rol: "inkoopteam");
        Assert.Null(await FindOpenEscalationAsync(ticketId));
    }

    [Fact]
    public async Task The_local_rol_cannot_be_claimed_through_the_bot_framework_endpoint()
    {
        var session = await host.StartConversationAsync();
        var ticketId = await EscalateAsync(session, "Vaals");
        var forged = new
        {
            type = "message",
            id = "forged-1",
            channelId = "directline",
            serviceUrl = host.Url,
            from = new { id = "local-user", aadObjectId = "local-inkoopteam", role = "user" },
            recipient = new { id = "teambot", role = "bot" },
            conversation = new { id = session.ConversationId },
            channelData = new { teambot = new { gemeente = "Vaals", rol = "inkoopteam" } },
            value = new { verb = "ticket.answer", ticketId, answer = "Vervalst", saveAsFaq = "false" },
        };

        var response = await host.Http.PostAsync("/api/messages",
            new StringContent(JsonSerializer.Serialize(forged), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await FindOpenEscalationAsync(ticketId));
        Assert.Contains("Alleen leden van het inkoopteam", LastCard(await host.ActivitiesAsync(session)));
    }

    [Fact]
    public async Task Another_local_chat_cannot_press_the_buttons_of_a_question_it_did_not_ask()
    {
        var asker = await host.StartConversationAsync();
        await host.SendAsync(asker, $"{CaseQuestion} (heerlen)", gemeente: "heerlen");
        var answer = LastCard(await host.ActivitiesAsync(asker));
        var other = await host.StartConversationAsync();

        await host.SendAsync(other, value: new { verb = "escalate", logId = DataNumber(answer, "logId"), @ref = DataReference(answer) }, gemeente: "heerlen");

        Assert.Contains("Alleen wie de vraag stelde kan deze knop gebruiken", LastCard(await host.ActivitiesAsync(other)));
        Assert.DoesNotContain("ticket #", LastCard(await host.ActivitiesAsync(asker)));
    }

    [Fact]
    public async Task An_answer_to_a_chat_that_is_gone_is_stored_and_delivered_when_the_chat_opens_again()
    {
        await using var restarted = await LocalChatHost.StartAsync("--DirectLine:MaxConversations=1");
        var asker = await restarted.StartConversationAsync();
        await restarted.SendAsync(asker, $"{CaseQuestion} (heerlen)", gemeente: "heerlen");
        var answer = LastCard(await restarted.ActivitiesAsync(asker));
        await restarted.SendAsync(asker, value: new { verb = "escalate", logId = DataNumber(answer, "logId"), @ref = DataReference(answer) }, gemeente: "heerlen");
        var ticketId = long.Parse(System.Text.RegularExpressions.Regex.Match(LastCard(await restarted.ActivitiesAsync(asker)), @"ticket #(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        await restarted.StartConversationAsync();

        var answered = await restarted.Http.PostAsJsonAsync($"/api/local/escalations/{ticketId}/answer", new { answer = "Indiceer per week, zie de werkinstructie.", saveAsFaq = false });
        var reply = await answered.Content.ReadFromJsonAsync<JsonElement>();
        var reopened = await restarted.StartConversationAsync();

        Assert.False(reply.GetProperty("delivered").GetBoolean());
        Assert.Contains("zodra de chat weer geopend wordt", reply.GetProperty("message").GetString());
        var delivered = (await restarted.ActivitiesAsync(reopened)).Where(IsFromBot).Select(Card).ToList();
        Assert.Contains(delivered, card => card.Contains("Indiceer per week", StringComparison.Ordinal));
        var again = await restarted.StartConversationAsync();
        Assert.DoesNotContain((await restarted.ActivitiesAsync(again)).Where(IsFromBot).Select(Card), card => card.Contains("Indiceer per week", StringComparison.Ordinal));
    }

    /// <summary>Asks the casuïstiek question from <paramref name="gemeente"/> and presses "Vraag het inkoopteam".</summary>
    private async Task<long> EscalateAsync(ChatSession session, string gemeente)
    {
        await host.SendAsync(session, $"{CaseQuestion} ({gemeente})", gemeente: gemeente);
        var answer = LastCard(await host.ActivitiesAsync(session));
        await host.SendAsync(session, value: new { verb = "escalate", logId = DataNumber(answer, "logId"), @ref = DataReference(answer) }, gemeente: gemeente);
        var notice = LastCard(await host.ActivitiesAsync(session));
        return long.Parse(System.Text.RegularExpressions.Regex.Match(notice, @"ticket #(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private Task<HttpResponseMessage> AnswerAsync(long ticketId, string answer) =>
        host.Http.PostAsJsonAsync($"/api/local/escalations/{ticketId}/answer", new { answer, saveAsFaq = false });

    private async Task<JsonElement> OpenEscalationAsync(long ticketId) =>
        await FindOpenEscalationAsync(ticketId) ?? throw new Xunit.Sdk.XunitException($"escalation {ticketId} is not listed as open");

    private async Task<JsonElement?> FindOpenEscalationAsync(long ticketId)
    {
        var open = await host.Http.GetFromJsonAsync<JsonElement>("/api/local/escalations");
        return open.EnumerateArray().Where(e => e.GetProperty("id").GetInt64() == ticketId).Cast<JsonElement?>().FirstOrDefault();
    }
}
