using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.BotFramework;
using TeamBot.Core.Alerts;
using TeamBot.Core.Digest;
using TeamBot.Core.Questions;
using TeamBot.Core.Storage;
using TeamBot.Tests.BotFramework;
using TeamBot.Tests.Conversations;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace TeamBot.Tests.Digest;

/// <summary>The digest commands and change alerts through signed Teams activities and the Bot Connector (WireMock).</summary>
public sealed class TeamsDigestTests
{
    private const string ToegangChannel = "19:toegang-heerlen@thread.tacv2";
    private const string Member = "00000000-0000-0000-0000-0000000000b2";

    [Fact]
    public async Task Only_inkoopteam_members_subscribe_a_channel_to_the_inkoopteam_digest()
    {
        await using var host = await TeamsBotHost.StartAsync();

        await host.PostAsync(InChannel(host, "<at>TeamBot</at> digest aan inkoopteam", Member, ToegangChannel));
        Assert.Contains("Alleen leden van het inkoopteam", LastText(host, ToegangChannel));
        Assert.Empty(await host.Services.GetRequiredService<IDigestSubscriptionStore>().ListAsync());

        await host.PostAsync(InChannel(host, "digest aan", TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("Aangemeld: dit gesprek krijgt elke week het weekoverzicht voor het inkoopteam", LastText(host, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("maandag", LastText(host, TeamsBotHost.InkoopteamChannelId));

        await host.PostAsync(InChannel(host, "digest aan", Member, ToegangChannel));
        var subscriptions = await host.Services.GetRequiredService<IDigestSubscriptionStore>().ListAsync();
        Assert.Equal(
            [("msteams:" + TeamsBotHost.InkoopteamChannelId, DigestAudience.Inkoopteam), ("msteams:" + ToegangChannel, DigestAudience.Toegangen)],
            subscriptions.Select(s => (s.Address, s.Audience)).Order().ToList());
        Assert.All(subscriptions, s => Assert.Matches("^[0-9a-f]{16}$", s.SubscribedBy!));

        await host.PostAsync(InChannel(host, "digest uit", Member, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("alleen leden van het inkoopteam kunnen dat wijzigen of uitzetten", LastText(host, TeamsBotHost.InkoopteamChannelId));
        await host.PostAsync(InChannel(host, "digest aan toegangen", Member, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("alleen leden van het inkoopteam", LastText(host, TeamsBotHost.InkoopteamChannelId));

        await host.PostAsync(InChannel(host, "digest uit", Member, ToegangChannel));
        Assert.Contains("Afgemeld", LastText(host, ToegangChannel));
        Assert.Single(await host.Services.GetRequiredService<IDigestSubscriptionStore>().ListAsync());
    }

    [Fact]
    public async Task Digest_aan_in_a_channel_thread_subscribes_the_channel_and_the_digest_is_a_new_post_there()
    {
        await using var host = await TeamsBotHost.StartAsync();

        await host.PostAsync(InChannel(host, "digest aan", Member, ToegangChannel + ";messageid=1733300000000"));

        var subscription = Assert.Single(await host.Services.GetRequiredService<IDigestSubscriptionStore>().ListAsync());
        Assert.Equal("msteams:" + ToegangChannel, subscription.Address);
        host.Clock.SetUtcNow(NextMonday0800(host.Clock.GetUtcNow()));
        await host.Services.GetRequiredService<DigestDispatcher>().SendDueAsync(); // or the host's own check got there first
        Assert.Contains(host.Connector.LogEntries, e => e.RequestMessage.Method == "POST"
            && e.RequestMessage.Path.EndsWith($"/v3/conversations/{ToegangChannel}/activities", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Digest_nu_posts_this_weeks_card_in_the_channel_and_is_no_question_in_the_log()
    {
        await using var host = await TeamsBotHost.StartAsync();
        await host.PostAsync(host.Personal("Wie biedt logeeropvang in Heerlen?"));

        await host.PostAsync(InChannel(host, "digest nu", TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));
        var card = host.Posted(TeamsBotHost.InkoopteamChannelId)[^1].GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains("Weekoverzicht inkoopteam", card.GetRawText());

        await host.PostAsync(InChannel(host, "digest nu inkoopteam", Member, ToegangChannel));
        Assert.Contains("alleen voor leden van het inkoopteam", LastText(host, ToegangChannel));
        await host.PostAsync(InChannel(host, "digest nu", Member, ToegangChannel));
        Assert.Contains("Weekoverzicht toegangen", host.Posted(ToegangChannel)[^1].GetRawText());

        var logged = await host.Services.GetRequiredService<TeamBot.Core.Questions.Log.IQuestionLog>().ListAsync(null, null);
        Assert.Single(logged);
    }

    [Fact]
    public async Task An_import_that_ends_a_contract_alerts_each_recent_asker_of_it_once_and_no_one_else()
    {
        await using var host = await TeamsBotHost.StartAsync();
        await host.PostAsync(Personal(host, "Wie biedt logeeropvang in Heerlen?", "00000000-0000-0000-0000-00000000a001", "a:chat-1"));
        await host.PostAsync(Personal(host, "Wat kost ambulante jeugdhulp bij Radar?", "00000000-0000-0000-0000-00000000a002", "a:chat-2"));
        await host.PostAsync(Personal(host, "Welke aanbieders bieden logeeropvang in Kerkrade?", "00000000-0000-0000-0000-00000000a003", "a:chat-3"));
        await host.PostAsync(Personal(host, "meldingen uit", "00000000-0000-0000-0000-00000000a003", "a:chat-3"));
        Assert.Contains("Meldingen staan uit", LastText(host, "a:chat-3"));

        host.Clock.Advance(TimeSpan.FromHours(1));
        await RegionChanges.ImportAsync(host.Services.GetRequiredService<IRegionStore>(), host.Clock.GetUtcNow(),
            RegionChanges.End("Autismepunt Zuid", "44C01", new DateOnly(2026, 12, 31)));
        var alerts = host.Services.GetRequiredService<ChangeAlertService>();
        Assert.Equal(1, await alerts.SendPendingAsync());
        Assert.Equal(0, await alerts.SendPendingAsync());

        var alert = LastText(host, "a:chat-1");
        Assert.Contains("Beëindigd: Autismepunt Zuid, Kortdurend verblijf (logeeropvang) (44C01)", alert);
        Assert.Contains("Beëindigd per 31-12-2026.", alert);
        Assert.Contains("in Heerlen: Stichting Gehandicaptenzorg (SGL)", alert);
        Assert.Single(host.Posted("a:chat-2"));
        Assert.Equal(2, host.Posted("a:chat-3").Count);
    }

    [Fact]
    public async Task An_alert_for_a_question_asked_in_a_channel_goes_1_to_1_to_that_asker_not_to_who_spoke_last()
    {
        await using var host = await TeamsBotHost.StartAsync();
        const string asker = "00000000-0000-0000-0000-00000000a101";
        await host.PostAsync(InChannel(host, "Wie biedt logeeropvang in Heerlen?", asker, ToegangChannel));
        await host.PostAsync(InChannel(host, "Wat kost ambulante jeugdhulp bij Radar?", "00000000-0000-0000-0000-00000000a102", ToegangChannel));

        host.Clock.Advance(TimeSpan.FromHours(1));
        await RegionChanges.ImportAsync(host.Services.GetRequiredService<IRegionStore>(), host.Clock.GetUtcNow(),
            RegionChanges.End("Autismepunt Zuid", "44C01", new DateOnly(2026, 12, 31)));
        Assert.Equal(1, await host.Services.GetRequiredService<ChangeAlertService>().SendPendingAsync());

        var created = host.Connector.LogEntries.Where(e => e.RequestMessage.Method == "POST" && e.RequestMessage.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)).ToList();
        var members = JsonDocument.Parse(Assert.Single(created).RequestMessage.Body!).RootElement.GetProperty("members");
        Assert.Equal(asker, members[0].GetProperty("aadObjectId").GetString());
    }

    [Fact]
    public async Task A_standard_answer_written_on_the_digest_answers_the_next_asker_and_only_the_inkoopteam_may_write_one()
    {
        await using var host = await TeamsBotHost.StartAsync();
        var questions = host.Services.GetRequiredService<QuestionService>();
        var unanswered = await questions.AskAsync(new QuestionRequest("Wat is de wachttijd voor de xyz-regeling?", "t:someone", "Heerlen", "msteams"));
        var entry = await host.Services.GetRequiredService<TeamBot.Core.Questions.Log.IQuestionLog>().GetAsync(unanswered.LogId!.Value);
        var data = new Dictionary<string, object?> { ["logId"] = entry!.Id, ["ref"] = entry.ActionToken, [$"faqAnswer-{entry.Id}"] = "Voor de xyz-regeling geldt een wachttijd van 4 weken; bel 045-5123456 bij vragen." };

        var refused = await host.PostAsync(host.CardAction("faq.write", data, Member, ToegangChannel));
        Assert.Contains("Alleen leden van het inkoopteam", await refused.Content.ReadAsStringAsync());
        var guessed = new Dictionary<string, object?> { ["logId"] = entry.Id, ["ref"] = "geraden", [$"faqAnswer-{entry.Id}"] = "x" };
        var forged = await host.PostAsync(host.CardAction("faq.write", guessed, TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("staat niet (meer) in het logboek", await forged.Content.ReadAsStringAsync());

        var saved = await host.PostAsync(host.CardAction("faq.write", data, TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));
        Assert.Contains("Opgeslagen als standaardantwoord", await saved.Content.ReadAsStringAsync());

        var next = await questions.AskAsync(new QuestionRequest("wat is de wachttijd voor de xyz-regeling", "t:other", "Kerkrade", "msteams"));
        Assert.Contains("4 weken", next.Text);
        Assert.DoesNotContain("045-5123456", next.Text);
    }

    [Fact]
    public async Task A_connector_that_fails_twice_and_then_succeeds_yields_one_digest_card()
    {
        await using var host = await TeamsBotHost.StartAsync();
        await host.PostAsync(InChannel(host, "digest aan", TeamsBotHost.ExpertAadId, TeamsBotHost.InkoopteamChannelId));
        host.Connector.Given(Request.Create().UsingPost().WithPath(path => path.Contains("inkoopteam", StringComparison.Ordinal)))
            .AtPriority(-10).InScenario("flaky").WillSetStateTo("failed once")
            .RespondWith(Response.Create().WithStatusCode(503));
        host.Connector.Given(Request.Create().UsingPost().WithPath(path => path.Contains("inkoopteam", StringComparison.Ordinal)))
            .AtPriority(-10).InScenario("flaky").WhenStateIs("failed once").WillSetStateTo("failed twice")
            .RespondWith(Response.Create().WithStatusCode(502));
        var before = host.Posted(TeamsBotHost.InkoopteamChannelId).Count;

        // The host's own schedule check sends it; the connector waits out its backoff on the host's clock.
        host.Clock.SetUtcNow(NextMonday0800(host.Clock.GetUtcNow()));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (host.Posted(TeamsBotHost.InkoopteamChannelId).Count - before < 3 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            host.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(50);
        }
        await Task.Delay(500);
        var again = await host.Services.GetRequiredService<DigestDispatcher>().SendDueAsync();

        var attempts = host.Posted(TeamsBotHost.InkoopteamChannelId).Skip(before).ToList();
        Assert.Equal(0, again.Sent);
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts.Select(a => a.GetProperty("id").GetString()).Distinct());
        Assert.Contains("Weekoverzicht inkoopteam", attempts[2].GetRawText());
    }

    private static DateTimeOffset NextMonday0800(DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(1);
        var local = day.ToDateTime(new TimeOnly(8, 0));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static Activity Personal(TeamsBotHost host, string text, string aadObjectId, string conversationId)
    {
        var activity = host.Personal(text, aadObjectId);
        activity.Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = BotAuthTestContext.TenantId };
        return activity;
    }

    private static Activity InChannel(TeamsBotHost host, string text, string aadObjectId, string channelId)
    {
        var activity = host.Personal(text, aadObjectId);
        activity.Conversation = new ConversationAccount { Id = channelId, ConversationType = "channel", TenantId = BotAuthTestContext.TenantId };
        return activity;
    }

    private static string LastText(TeamsBotHost host, string conversationId) =>
        string.Join(" ", host.Posted(conversationId)[^1].GetProperty("attachments")[0].GetProperty("content").GetProperty("body")
            .EnumerateArray().SelectMany(Texts));

    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? [text.GetString()!] : Array.Empty<string>())
            .Concat(element.EnumerateObject().SelectMany(p => Texts(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [],
    };
}
