using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Conversations;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Conversations;

public sealed class OverdueTicketTests
{
    [Fact]
    public async Task A_ticket_open_longer_than_five_werkdagen_gets_its_card_updated_to_te_laat_once()
    {
        await using var host = await TeamsBotHost.StartAsync();
        await host.PostAsync(host.Personal("Mag een logeerhuis een eigen bijdrage vragen voor uitstapjes?"));
        var card = host.Posted("a:asker-chat").Single().GetRawText();
        await host.PostAsync(host.CardAction("escalate",
            new { logId = CardButtonData.Number(card, "logId"), @ref = CardButtonData.Reference(card) }, "00000000-0000-0000-0000-0000000000a1"));
        var updater = host.Services.GetRequiredService<OverdueTicketUpdater>();

        var now = await updater.MarkOverdueAsync();
        // The host's clock starts at the real now; any 10 days hold at least 6 werkdagen, 8 days from a Friday only 5.
        host.Clock.Advance(TimeSpan.FromDays(10));
        // The host's own hourly run may fire on the advanced clock too; together they update the card once.
        var later = await updater.MarkOverdueAsync() + await updater.MarkOverdueAsync();

        Assert.Equal(0, now);
        Assert.True(later <= 1);
        var put = Assert.Single(host.Connector.LogEntries, e => e.RequestMessage.Method == "PUT");
        Assert.Contains("Te laat", put.RequestMessage.Body);
    }
}
