using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Log;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Conversations;

/// <summary>
/// A card button acts on one logged question: it carries that question's unguessable reference and only its asker
/// (same tenant and AAD object id) may press feedback, escalate or "toch een contractvraag". A refused press changes nothing.
/// </summary>
public sealed class CardActionOwnershipTests
{
    private const string Asker = "00000000-0000-0000-0000-0000000000a1";
    private const string Colleague = "00000000-0000-0000-0000-0000000000c7";
    private const string Question = "Mag een logeerhuis een eigen bijdrage vragen voor uitstapjes?";

    [Theory]
    [InlineData("feedback.useful")]
    [InlineData("feedback.notUseful")]
    [InlineData("escalate")]
    [InlineData("override")]
    public async Task Another_user_who_sees_the_card_cannot_press_the_askers_buttons(string verb)
    {
        await using var host = await TeamsBotHost.StartAsync();
        var (logId, reference) = await AskAsync(host);

        var refused = await host.PostAsync(host.CardAction(verb, new { logId, @ref = reference }, Colleague));

        Assert.Contains("Alleen wie de vraag stelde kan deze knop gebruiken", await refused.Content.ReadAsStringAsync());
        await AssertUnchangedAsync(host, logId);
    }

    [Fact]
    public async Task The_same_object_id_from_another_tenant_is_another_user()
    {
        await using var host = await TeamsBotHost.StartAsync();
        var (logId, reference) = await AskAsync(host);
        var press = host.CardAction("escalate", new { logId, @ref = reference }, Asker);
        press.Conversation!.TenantId = "0f0f0f0f-0000-0000-0000-00000000beef";
        press.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = press.Conversation.TenantId } });

        var refused = await host.PostAsync(press);

        Assert.DoesNotContain("ticket #", await refused.Content.ReadAsStringAsync());
        await AssertUnchangedAsync(host, logId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task The_asker_pressing_with_a_missing_or_wrong_reference_changes_nothing(string? reference)
    {
        await using var host = await TeamsBotHost.StartAsync();
        var (logId, _) = await AskAsync(host);

        var refused = await host.PostAsync(host.CardAction("escalate", new { logId, @ref = reference }, Asker));

        Assert.Contains("staat niet (meer) in het logboek", await refused.Content.ReadAsStringAsync());
        await AssertUnchangedAsync(host, logId);
    }

    [Fact]
    public async Task The_asker_with_the_cards_reference_may_press()
    {
        await using var host = await TeamsBotHost.StartAsync();
        var (logId, reference) = await AskAsync(host);

        var pressed = await host.PostAsync(host.CardAction("feedback.useful", new { logId, @ref = reference }, Asker));

        Assert.Contains("Bedankt voor je feedback", await pressed.Content.ReadAsStringAsync());
        Assert.Equal(AnswerFeedback.Useful, (await host.Services.GetRequiredService<IQuestionLog>().GetAsync(logId))!.Feedback);
    }

    private static async Task<(long LogId, string Reference)> AskAsync(TeamsBotHost host)
    {
        await host.PostAsync(host.Personal(Question, Asker));
        var card = host.Posted("a:asker-chat").Single().GetRawText();
        return (CardButtonData.Number(card, "logId"), CardButtonData.Reference(card));
    }

    private static async Task AssertUnchangedAsync(TeamsBotHost host, long logId)
    {
        var entry = await host.Services.GetRequiredService<IQuestionLog>().GetAsync(logId);
        Assert.Null(entry!.Feedback);
        Assert.Null(entry.EscalationState);
        Assert.Empty(await host.Services.GetRequiredService<IEscalationStore>().ListAsync(null));
        Assert.Empty(host.Posted(TeamsBotHost.InkoopteamChannelId));
    }
}
