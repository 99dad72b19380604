using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.DirectLine;
using static TeamBot.Tests.DirectLine.ChatActivities;

namespace TeamBot.Tests.DirectLine;

/// <summary>The Direct Line subset Web Chat uses, against the running host: tokens, conversations, the activity stream.</summary>
public sealed class DirectLineEndpointTests(LocalChatHost host) : IClassFixture<LocalChatHost>
{
    private const string ContractQuestion = "Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?";

    [Fact]
    public async Task A_started_conversation_opens_with_the_welcome_card()
    {
        var session = await host.StartConversationAsync();

        var welcome = Assert.Single(await host.ActivitiesAsync(session));

        Assert.True(IsFromBot(welcome));
        Assert.Contains("Hallo! Ik ben TeamBot", Card(welcome));
    }

    [Fact]
    public async Task Starting_a_conversation_without_a_token_is_refused_and_keeps_no_place()
    {
        var conversations = host.Services.GetRequiredService<DirectLineConversations>();
        var session = await host.StartConversationAsync();
        var kept = conversations.Count;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Http.PostAsync("/v3/directline/conversations", null)));
        var generated = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Http.PostAsync("/v3/directline/tokens/generate", null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Contains("tokens/generate", await responses[0].Content.ReadAsStringAsync());
        Assert.All(generated, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(kept, conversations.Count);
        Assert.NotNull(conversations.Find(session.ConversationId));
    }

    [Fact]
    public async Task Starting_returns_the_direct_line_conversation_fields_and_no_stream_url()
    {
        var generated = await (await host.Http.PostAsync("/v3/directline/tokens/generate", null)).Content.ReadFromJsonAsync<JsonElement>();
        using var start = LocalChatHost.Request(HttpMethod.Post, "/v3/directline/conversations", generated.GetProperty("token").GetString());
        var response = await host.Http.SendAsync(start);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("streamUrl").ValueKind);
    }

    [Fact]
    public async Task Opening_a_started_conversation_again_gives_200_and_no_second_welcome()
    {
        var session = await host.StartConversationAsync();

        using var again = LocalChatHost.Request(HttpMethod.Post, "/v3/directline/conversations", session.Token);
        var response = await host.Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await host.ActivitiesAsync(session));
    }

    [Fact]
    public async Task An_unknown_conversation_is_404()
    {
        var session = await host.StartConversationAsync();

        var (polled, _) = await host.PollAsync("no-such-conversation", session.Token);
        var posted = await host.SendAsync(session with { ConversationId = "no-such-conversation" }, "Hallo");

        Assert.Equal(HttpStatusCode.NotFound, polled);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("bm8tY29udmVyc2F0aW9uOjk5OTk5OTk5OTk.c2lnbmF0dXJl")]
    public async Task A_missing_or_bad_token_is_403(string? token)
    {
        var session = await host.StartConversationAsync();

        var (polled, _) = await host.PollAsync(session.ConversationId, token);
        var posted = await host.SendAsync(session with { Token = token ?? "" }, "Hallo");

        Assert.Equal(HttpStatusCode.Forbidden, polled);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
    }

    [Fact]
    public async Task A_token_whose_signature_was_altered_is_403()
    {
        var session = await host.StartConversationAsync();
        var tampered = session.Token[..^2] + (session.Token[^2] == 'A' ? "BB" : "AA");

        var (status, _) = await host.PollAsync(session.ConversationId, tampered);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task The_token_of_another_conversation_is_403()
    {
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();

        var (polled, _) = await host.PollAsync(theirs.ConversationId, mine.Token);
        var posted = await host.SendAsync(theirs with { Token = mine.Token }, "Hallo");

        Assert.Equal(HttpStatusCode.Forbidden, polled);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Single(await host.ActivitiesAsync(theirs));
    }

    [Fact]
    public async Task A_refreshed_token_opens_the_same_conversation()
    {
        var session = await host.StartConversationAsync();

        using var refresh = LocalChatHost.Request(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token);
        var response = await host.Http.SendAsync(refresh);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(session.ConversationId, body.GetProperty("conversationId").GetString());
        var (status, _) = await host.PollAsync(session.ConversationId, body.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task The_users_activity_is_echoed_with_an_id_a_timestamp_and_its_client_activity_id()
    {
        var session = await host.StartConversationAsync();

        var response = await host.SendAsync(session, "Hallo");

        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var echo = (await host.ActivitiesAsync(session)).Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal("Hallo", echo.GetProperty("text").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("local-user", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.True(echo.GetProperty("timestamp").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.False(string.IsNullOrEmpty(echo.GetProperty("channelData").GetProperty("clientActivityID").GetString()));
    }

    [Fact]
    public async Task Polling_with_the_watermark_returns_only_what_came_after_it()
    {
        var session = await host.StartConversationAsync();
        var (_, first) = await host.PollAsync(session.ConversationId, session.Token);
        var afterWelcome = first.GetProperty("watermark").GetString();

        await host.SendAsync(session, ContractQuestion);
        var (_, next) = await host.PollAsync(session.ConversationId, session.Token, afterWelcome);
        var (_, nothingNew) = await host.PollAsync(session.ConversationId, session.Token, next.GetProperty("watermark").GetString());

        var texts = next.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(2, texts.Count);
        Assert.Equal(ContractQuestion, texts[0].GetProperty("text").GetString());
        Assert.True(IsFromBot(texts[1]));
        Assert.True(long.Parse(next.GetProperty("watermark").GetString()!, CultureInfo.InvariantCulture) > long.Parse(afterWelcome!, CultureInfo.InvariantCulture));
        Assert.Empty(nothingNew.GetProperty("activities").EnumerateArray());
        Assert.Equal(next.GetProperty("watermark").GetString(), nothingNew.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Concurrent_conversations_are_kept_apart()
    {
        var sessions = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.StartConversationAsync()));

        await Task.WhenAll(sessions.Select((s, i) => host.SendAsync(s, $"Wie levert logeeropvang in Heerlen? ({i})")));

        for (var i = 0; i < sessions.Length; i++)
        {
            var activities = await host.ActivitiesAsync(sessions[i]);
            Assert.Equal(3, activities.Count);
            var userText = Assert.Single(activities, a => !IsFromBot(a)).GetProperty("text").GetString();
            Assert.Equal($"Wie levert logeeropvang in Heerlen? ({i})", userText);
            Assert.All(activities, a => Assert.Equal(sessions[i].ConversationId, a.GetProperty("conversation").GetProperty("id").GetString()));
        }
    }

    [Fact]
    public async Task A_contract_question_is_answered_with_an_answer_card_naming_the_aanbieder()
    {
        var session = await host.StartConversationAsync();

        await host.SendAsync(session, ContractQuestion);

        var card = LastCard(await host.ActivitiesAsync(session));
        Assert.Contains("Autismepunt Zuid", card);
        Assert.Contains("Action.Submit", card);
        Assert.DoesNotContain("Action.Execute", card);
    }

    [Fact]
    public async Task A_feedback_submit_is_answered_with_the_refreshed_card()
    {
        var session = await host.StartConversationAsync();
        await host.SendAsync(session, ContractQuestion);
        var answer = LastCard(await host.ActivitiesAsync(session));

        await host.SendAsync(session, value: new { verb = "feedback.useful", logId = DataNumber(answer, "logId"), @ref = DataReference(answer) });

        var refreshed = LastCard(await host.ActivitiesAsync(session));
        Assert.Contains("Bedankt voor je feedback!", refreshed);
        Assert.Contains("Autismepunt Zuid", refreshed);
        Assert.DoesNotContain("feedback.useful", refreshed);
    }

    [Fact]
    public async Task A_welcome_card_example_button_asks_its_question()
    {
        var session = await host.StartConversationAsync();

        await host.SendAsync(session, "Wie biedt logeeropvang in Heerlen?");

        Assert.Contains("Autismepunt Zuid", LastCard(await host.ActivitiesAsync(session)));
    }

    [Fact]
    public async Task An_activity_that_is_not_json_is_400()
    {
        var session = await host.StartConversationAsync();
        using var request = LocalChatHost.Request(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);
        request.Content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");

        var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_larger_than_the_limit_is_refused_with_413_and_not_kept()
    {
        var session = await host.StartConversationAsync();
        var before = (await host.ActivitiesAsync(session)).Count;

        var response = await host.SendAsync(session, new string('x', 200_000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("groter dan 64 kB", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await host.ActivitiesAsync(session)).Count);
    }
}
