using System.Net;
using System.Text.Json;
using TeamBot.BotFramework;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

using TeamBot.Tests.Support;

namespace TeamBot.Tests.BotFramework;

[Collection(TimingSensitiveGroup.Name)]
public sealed class ConnectorClientTests(WireMockFixture wireMock) : IClassFixture<WireMockFixture>, IDisposable
{
    private readonly ConnectorTestContext _context = new(wireMock.Server);

    [Fact]
    public async Task A_reply_is_posted_to_the_reply_url_with_the_bot_token()
    {
        RespondInTurn(Ok("""{"id":"1:reply"}"""));
        var reply = _context.Message("Het tarief is € 85,00 per uur.");
        reply.ReplyToId = "1700000000000";

        var response = await _context.RunAsync(c => c.ReplyToActivityAsync(reply));

        var request = Assert.Single(_context.Requests).RequestMessage;
        Assert.Equal("POST", request.Method);
        Assert.EndsWith($"/emea/v3/conversations/{ConnectorTestContext.EscapedConversationId}/activities/1700000000000", Assert.Single(_context.SentUris));
        Assert.Equal("Bearer test-token-1", request.Headers!["Authorization"].Single());
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Het tarief is € 85,00 per uur.", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("1700000000000", body.RootElement.GetProperty("replyToId").GetString());
        Assert.Equal(reply.Id, body.RootElement.GetProperty("id").GetString());
        Assert.False(body.RootElement.TryGetProperty("attachments", out _), "nulls are left out");
        Assert.Equal("1:reply", response.Id);
    }

    [Fact]
    public async Task A_teams_conversation_id_is_escaped_in_the_url()
    {
        RespondInTurn(Ok("""{"id":"1:sent"}"""));

        await _context.RunAsync(c => c.SendToConversationAsync(_context.Message()));

        Assert.Single(_context.Requests);
        Assert.Equal($"{_context.ServiceUrl}v3/conversations/{ConnectorTestContext.EscapedConversationId}/activities", Assert.Single(_context.SentUris));
    }

    [Fact]
    public async Task Throttled_with_retry_after_then_ok_delivers_exactly_one_activity()
    {
        RespondInTurn(Throttled("2"), Ok("""{"id":"1:sent"}"""));
        var started = _context.Time.GetUtcNow();
        var message = _context.Message();

        var response = await _context.RunAsync(c => c.SendToConversationAsync(message));

        Assert.Equal("1:sent", response.Id);
        Assert.Equal(2, _context.Requests.Count);
        Assert.All(_context.Requests, r => Assert.Equal(message.Id, ActivityId(r)));
        Assert.Equal([$"{ConnectorTestContext.ConversationId}|{message.Id}"], _context.SentLog.SentKeys);
        Assert.True(_context.Time.GetUtcNow() - started >= TimeSpan.FromSeconds(2), "Retry-After: 2 was honoured");
    }

    [Fact]
    public async Task A_retry_after_http_date_is_honoured_on_the_injected_clock()
    {
        var until = _context.Time.GetUtcNow().AddSeconds(20);
        RespondInTurn(Throttled(until.ToString("R")), Ok("""{"id":"1:sent"}"""));

        await _context.RunAsync(c => c.SendToConversationAsync(_context.Message()));

        Assert.True(_context.Time.GetUtcNow() >= until, "the retry waited until the Retry-After date");
        Assert.Equal(2, _context.Requests.Count);
    }

    [Fact]
    public async Task Service_unavailable_every_time_fails_clearly_after_the_bounded_attempts()
    {
        RespondAlways(Response.Create().WithStatusCode(503));

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => _context.RunAsync(c => c.SendToConversationAsync(_context.Message())));

        Assert.Equal(4, failure.Attempts);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Contains("failed after 4 attempts", failure.Message);
        Assert.Equal(4, _context.Requests.Count);
        Assert.Empty(_context.SentLog.SentKeys);
    }

    [Fact]
    public async Task The_number_of_attempts_comes_from_configuration()
    {
        using var context = new ConnectorTestContext(wireMock.Server, new Dictionary<string, string?> { ["Bot:Connector:MaxAttempts"] = "2" });
        RespondAlways(Response.Create().WithStatusCode(502));

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => context.RunAsync(c => c.SendToConversationAsync(context.Message())));

        Assert.Equal(2, failure.Attempts);
        Assert.Equal(2, context.Requests.Count);
    }

    [Fact]
    public async Task A_lost_response_is_retried_with_the_same_activity_id()
    {
        // The server took the activity in, then answered 500: the retry must be recognisable as the same message.
        RespondInTurn(Response.Create().WithStatusCode(500), Ok("""{"id":"1:sent"}"""));
        var message = _context.Message();

        await _context.RunAsync(c => c.SendToConversationAsync(message));

        Assert.Equal(2, _context.Requests.Count);
        Assert.False(string.IsNullOrEmpty(message.Id));
        Assert.Equal([message.Id, message.Id], _context.Requests.Select(ActivityId));
    }

    [Fact]
    public async Task A_second_send_with_the_same_logical_id_does_not_post_again()
    {
        RespondInTurn(Ok("""{"id":"1:digest"}"""));
        var first = _context.Message("Weekoverzicht");
        first.Id = "digest-2026-W10";
        var again = _context.Message("Weekoverzicht");
        again.Id = "digest-2026-W10";

        var firstResponse = await _context.RunAsync(c => c.SendToConversationAsync(first));
        var secondResponse = await _context.RunAsync(c => c.SendToConversationAsync(again));

        Assert.Single(_context.Requests);
        Assert.Equal("1:digest", firstResponse.Id);
        Assert.Equal("1:digest", secondResponse.Id);
    }

    [Fact]
    public async Task The_same_logical_id_in_another_conversation_is_sent()
    {
        RespondAlways(Ok("""{"id":"1:digest"}"""));
        var toFirstChannel = _context.Message();
        toFirstChannel.Id = "digest-2026-W10";
        var toSecondChannel = _context.Message();
        toSecondChannel.Id = "digest-2026-W10";
        toSecondChannel.Conversation = new ConversationAccount { Id = "19:other@thread.tacv2" };

        await _context.RunAsync(c => c.SendToConversationAsync(toFirstChannel));
        await _context.RunAsync(c => c.SendToConversationAsync(toSecondChannel));

        Assert.Equal(2, _context.Requests.Count);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_retry_budget_fails_without_waiting()
    {
        RespondAlways(Throttled("3600"));
        var started = _context.Time.GetUtcNow();

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => _context.RunAsync(c => c.SendToConversationAsync(_context.Message())));

        Assert.Contains("retry budget", failure.Message);
        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Single(_context.Requests);
        Assert.True(_context.Time.GetUtcNow() - started < TimeSpan.FromHours(1), "it did not wait for the Retry-After");
    }

    [Fact]
    public async Task A_refused_connection_is_retried_until_the_attempts_run_out()
    {
        var message = _context.Message();
        message.ServiceUrl = $"http://127.0.0.1:{UnusedPort()}/";

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => _context.RunAsync(c => c.SendToConversationAsync(message)));

        Assert.Equal(4, failure.Attempts);
        Assert.Null(failure.StatusCode);
        Assert.Contains("network error", failure.Message);
        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.Equal(4, _context.SentUris.Count);
    }

    [Fact]
    public async Task An_attempt_without_answer_in_time_counts_as_a_failure_and_is_retried()
    {
        // Real clock, short timeout: WireMock changes a scenario's state only after a delayed answer, so every attempt is slow here.
        using var context = new ConnectorTestContext(
            wireMock.Server,
            new Dictionary<string, string?>
            {
                ["Bot:Connector:AttemptTimeout"] = "00:00:00.200",
                ["Bot:Connector:BaseRetryDelay"] = "00:00:00.010",
                ["Bot:Connector:MaxAttempts"] = "3",
            },
            realClock: true);
        RespondAlways(Ok("""{"id":"1:late"}""").WithDelay(TimeSpan.FromSeconds(3)));

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => context.Client.SendToConversationAsync(context.Message()));

        Assert.Equal(3, failure.Attempts);
        Assert.Null(failure.StatusCode);
        Assert.Contains("no answer within", failure.Message);
        Assert.Equal(3, context.SentUris.Count);
    }

    [Fact]
    public async Task A_client_error_is_not_retried_and_reports_the_connector_error_code()
    {
        RespondAlways(Response.Create().WithStatusCode(413).WithBody("""{"error":{"code":"MessageSizeTooBig","message":"Message size too big"}}"""));

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => _context.RunAsync(c => c.SendToConversationAsync(_context.Message())));

        Assert.Equal(1, failure.Attempts);
        Assert.Equal("MessageSizeTooBig", failure.ErrorCode);
        Assert.Single(_context.Requests);
        Assert.Empty(_context.SentLog.SentKeys);
    }

    [Fact]
    public async Task An_update_is_put_to_the_activity_url_each_time()
    {
        RespondAlways(Ok("""{"id":"1:card"}"""));
        var card = _context.Message("Ticket beantwoord");
        card.Id = "1:card";

        await _context.RunAsync(c => c.UpdateActivityAsync(card));
        await _context.RunAsync(c => c.UpdateActivityAsync(card));

        Assert.Equal(2, _context.Requests.Count);
        Assert.All(_context.Requests, r => Assert.Equal("PUT", r.RequestMessage.Method));
        Assert.All(_context.SentUris, uri => Assert.EndsWith($"{ConnectorTestContext.EscapedConversationId}/activities/1%3Acard", uri));
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_returns_the_new_ids_once()
    {
        RespondAlways(Ok($$"""{"id":"19:chan;messageid=42","activityId":"42","serviceUrl":"{{_context.ServiceUrl}}"}"""));
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            Bot = new ChannelAccount { Id = $"28:{BotAuthTestContext.AppId}" },
            ChannelData = new { channel = new { id = "19:chan@thread.tacv2" }, tenant = new { id = BotAuthTestContext.TenantId } },
            Activity = _context.Message("Nieuwe vraag voor het inkoopteam"),
        };

        var created = await _context.RunAsync(c => c.CreateConversationAsync(_context.ServiceUrl, parameters));
        var repeated = await _context.RunAsync(c => c.CreateConversationAsync(_context.ServiceUrl, parameters));

        var request = Assert.Single(_context.Requests);
        Assert.Equal($"{_context.ServiceUrl}v3/conversations", Assert.Single(_context.SentUris));
        using var body = JsonDocument.Parse(request.RequestMessage.Body!);
        Assert.True(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:chan@thread.tacv2", body.RootElement.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal(parameters.Activity.Id, body.RootElement.GetProperty("activity").GetProperty("id").GetString());
        Assert.Equal("19:chan;messageid=42", created.Id);
        Assert.Equal("42", created.ActivityId);
        Assert.Equal("42", repeated.ActivityId);
    }

    [Fact]
    public async Task Local_mode_sends_no_authorization_header()
    {
        using var context = new ConnectorTestContext(wireMock.Server, localMode: true);
        RespondInTurn(Ok("""{"id":"1:sent"}"""));

        await context.RunAsync(c => c.SendToConversationAsync(context.Message()));

        Assert.False(Assert.Single(context.Requests).RequestMessage.Headers!.ContainsKey("Authorization"));
        Assert.Equal(0, context.Credential.Issued);
    }

    [Fact]
    public async Task The_bot_token_is_never_sent_over_plain_http_to_another_host()
    {
        var message = _context.Message();
        message.ServiceUrl = "http://connector.example/";

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => _context.RunAsync(c => c.SendToConversationAsync(message)));

        Assert.Contains("plain http", failure.Message);
        Assert.Empty(_context.SentLog.SentKeys);
    }

    public void Dispose() => _context.Dispose();

    private static IResponseBuilder Ok(string json) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json);

    private static IResponseBuilder Throttled(string retryAfter) =>
        Response.Create().WithStatusCode(429).WithHeader("Retry-After", retryAfter);

    private void RespondAlways(IResponseBuilder response) =>
        _context.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);

    /// <summary>The first request gets the first response, and so on; the last one repeats.</summary>
    private void RespondInTurn(params IResponseBuilder[] responses)
    {
        if (responses.Length == 1)
        {
            // WireMock answers 500 to a scenario with a single step.
            RespondAlways(responses[0]);
            return;
        }

        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = _context.Server.Given(Request.Create().UsingAnyMethod()).InScenario("in turn");
            if (i > 0)
            {
                mapping = mapping.WhenStateIs($"step {i}");
            }

            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo($"step {i + 1}");
            }

            mapping.RespondWith(responses[i]);
        }
    }

    private static int UnusedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? ActivityId(ILogEntry entry)
    {
        using var body = JsonDocument.Parse(entry.RequestMessage.Body!);
        return body.RootElement.GetProperty("id").GetString();
    }
}
