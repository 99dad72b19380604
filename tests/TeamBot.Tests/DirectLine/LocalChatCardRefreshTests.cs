using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using static TeamBot.Tests.DirectLine.ChatActivities;

namespace TeamBot.Tests.DirectLine;

/// <summary>
/// In the local chat a pressed button's refreshed card takes the place of the card it was on: the same activity id,
/// moved past the watermark, which Web Chat shows in place. Buttons once used stay gone, whatever is pressed next.
/// </summary>
public sealed partial class LocalChatCardRefreshTests(LocalChatHost host) : IClassFixture<LocalChatHost>
{
    private const string ContractQuestion = "Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?";
    private const string CaseQuestion = "Mevrouw Jansen (34) wil minder uren begeleiding, hoeveel moet ik indiceren?";

    [Fact]
    public async Task A_pressed_button_replaces_its_card_instead_of_adding_a_copy()
    {
        var session = await host.StartConversationAsync();
        await host.SendAsync(session, ContractQuestion, gemeente: "Heerlen");
        var before = await host.ActivitiesAsync(session);
        var answer = before.Last(IsFromBot);
        var watermark = (await host.PollAsync(session.ConversationId, session.Token)).Body.GetProperty("watermark").GetString();

        await PressAsync(session, Card(answer), "feedback.useful");

        var after = await host.ActivitiesAsync(session);
        Assert.Equal(before.Count(IsFromBot), after.Count(IsFromBot));
        var refreshed = after.Single(a => a.GetProperty("id").GetString() == answer.GetProperty("id").GetString());
        Assert.Contains("Bedankt voor je feedback!", Card(refreshed));
        Assert.DoesNotContain("feedback.useful", Card(refreshed));
        // Web Chat polls from its last watermark: the same id comes again, so it replaces the card it shows.
        var (_, changed) = await host.PollAsync(session.ConversationId, session.Token, watermark);
        Assert.Contains(changed.GetProperty("activities").EnumerateArray(), a => a.GetProperty("id").GetString() == answer.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_card_refreshed_twice_keeps_what_was_done_first_and_no_used_button()
    {
        var session = await host.StartConversationAsync();
        await host.SendAsync(session, ContractQuestion, gemeente: "Heerlen");
        var answer = Card((await host.ActivitiesAsync(session)).Last(IsFromBot));

        await PressAsync(session, answer, "feedback.useful");
        await PressAsync(session, answer, "escalate");

        var bot = (await host.ActivitiesAsync(session)).Where(IsFromBot).ToList();
        Assert.Equal(2, bot.Count);
        var card = Card(bot[^1]);
        Assert.Contains("Bedankt voor je feedback!", card);
        Assert.Contains("Doorgezet naar het inkoopteam (ticket #", card);
        Assert.DoesNotContain("\"verb\"", card);
    }

    [Fact]
    public async Task A_second_press_of_Vraag_het_inkoopteam_keeps_the_ticket_and_the_next_ticket_gets_the_next_number()
    {
        var session = await host.StartConversationAsync();
        await host.SendAsync(session, $"{CaseQuestion} (Beek)", gemeente: "Beek");
        var answer = Card((await host.ActivitiesAsync(session)).Last(IsFromBot));

        var first = TicketNumber(await PressAsync(session, answer, "escalate"));
        var again = TicketNumber(await PressAsync(session, answer, "escalate"));
        await host.SendAsync(session, ContractQuestion, gemeente: "Beek");
        var next = TicketNumber(await PressAsync(session, Card((await host.ActivitiesAsync(session)).Last(IsFromBot)), "escalate"));

        Assert.Equal(first, again);
        Assert.Equal(first + 1, next);
    }

    [Fact]
    public async Task The_override_answers_as_a_contract_question_and_says_truthfully_that_the_ticket_is_answered()
    {
        var session = await host.StartConversationAsync();
        await host.SendAsync(session, $"{CaseQuestion} (Stein)", gemeente: "Stein");
        var casuistiek = Card((await host.ActivitiesAsync(session)).Last(IsFromBot));
        var ticket = TicketNumber(await PressAsync(session, casuistiek, "escalate"));
        (await host.Http.PostAsJsonAsync($"/api/local/escalations/{ticket}/answer", new { answer = "Indiceer per week.", saveAsFaq = false })).EnsureSuccessStatusCode();

        // The old card's "Dit is toch een contractvraag", as a page that still showed it would send it.
        var overridden = await PressAsync(session, casuistiek, "override");
        var again = await PressAsync(session, casuistiek, "override");

        Assert.Contains("Contractvraag", overridden);
        Assert.DoesNotContain("Casuïstiek: hierover beslist de toegang zelf", overridden);
        Assert.Contains("Genoteerd: dit is toch een contractvraag. Je vraag is als contractvraag beantwoord.", overridden);
        Assert.Contains($"Het inkoopteam heeft deze vraag al beantwoord (ticket #{ticket})", overridden);
        Assert.DoesNotContain("Doorgezet", overridden);
        Assert.DoesNotContain("\"escalate\"", overridden);
        var log = host.Services.GetRequiredService<IQuestionLog>();
        var original = DataNumber(casuistiek, "logId");
        var contract = await log.FindOverrideAsync(original);
        Assert.Equal(QuestionCategory.Contract, contract!.Category);
        Assert.Equal(AnswerFeedback.Override, (await log.GetAsync(original))!.Feedback);
        // Pressed again, the same answer: no second contract answer is made.
        Assert.Equal(overridden, again);
        Assert.Single(await log.ListAsync(null, null), e => e.OverrideOf == original);
    }

    [Fact]
    public async Task The_override_of_a_question_never_escalated_answers_it_and_still_offers_the_inkoopteam()
    {
        var session = await host.StartConversationAsync();
        await host.SendAsync(session, $"{CaseQuestion} (Vaals)", gemeente: "Vaals");
        var casuistiek = Card((await host.ActivitiesAsync(session)).Last(IsFromBot));

        var overridden = await PressAsync(session, casuistiek, "override");

        Assert.Contains("Genoteerd: dit is toch een contractvraag.", overridden);
        Assert.Contains("Vraag het inkoopteam", overridden);
        Assert.DoesNotContain("Dit is toch een contractvraag\"", overridden);
        Assert.NotEqual(DataNumber(casuistiek, "logId"), DataNumber(overridden, "logId"));
        Assert.Equal(2, (await host.ActivitiesAsync(session)).Count(IsFromBot));
    }

    /// <summary>Presses a button of <paramref name="card"/> as Web Chat submits it, and returns the chat's last card.</summary>
    private async Task<string> PressAsync(ChatSession session, string card, string verb)
    {
        await host.SendAsync(session, value: new { verb, logId = DataNumber(card, "logId"), @ref = DataReference(card) });
        return LastCard(await host.ActivitiesAsync(session));
    }

    private static long TicketNumber(string card) =>
        long.Parse(TicketPattern().Match(card).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"ticket #(\d+)")]
    private static partial Regex TicketPattern();
}
