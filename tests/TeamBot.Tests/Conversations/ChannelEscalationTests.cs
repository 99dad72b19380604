using System.Text.Json;
using TeamBot.BotFramework;
using TeamBot.Tests.BotFramework;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Conversations;

/// <summary>A question escalated from a channel: the expert's answer goes 1:1 to the asker, not to whoever spoke there last.</summary>
public sealed class ChannelEscalationTests
{
    private const string Channel = "19:toegang-kerkrade@thread.tacv2";
    private const string Asker = "00000000-0000-0000-0000-00000000e001";
    private const string Colleague = "00000000-0000-0000-0000-00000000e002";

    [Fact]
    public async Task The_experts_answer_reaches_the_asker_who_escalated_in_the_channel()
    {
        await using var host = await TeamsBotHost.StartAsync();
        await host.PostAsync(InChannel(host, "Mag een logeerhuis een eigen bijdrage vragen voor uitstapjes?", Asker));
        var answer = host.Posted(Channel)[^1].GetRawText();

        await host.PostAsync(host.CardAction("escalate", new { logId = CardButtonData.Number(answer, "logId"), @ref = CardButtonData.Reference(answer) }, Asker, Channel));
        var ticket = host.Posted(TeamsBotHost.InkoopteamChannelId)[^1].GetRawText();
        await host.PostAsync(InChannel(host, "Welke aanbieders bieden pleegzorg?", Colleague)); // the channel's last speaker now
        await host.PostAsync(host.CardAction("ticket.answer",
            new { ticketId = CardButtonData.Number(ticket, "ticketId"), @ref = CardButtonData.Reference(ticket), answer = "Nee, dat valt binnen het tarief.", saveAsFaq = "false" },
            TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));

        var created = host.Connector.LogEntries.Where(e => e.RequestMessage.Method == "POST" && e.RequestMessage.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)).ToList();
        var members = JsonDocument.Parse(Assert.Single(created).RequestMessage.Body!).RootElement.GetProperty("members");
        Assert.Equal(Asker, members[0].GetProperty("aadObjectId").GetString());
    }

    private static Activity InChannel(TeamsBotHost host, string text, string aadObjectId)
    {
        var activity = host.Personal(text, aadObjectId);
        activity.Conversation = new ConversationAccount { Id = Channel, ConversationType = "channel", TenantId = BotAuthTestContext.TenantId };
        return activity;
    }
}
