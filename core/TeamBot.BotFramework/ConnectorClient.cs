using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamBot.Core.Delivery;

namespace TeamBot.BotFramework;

/// <summary>
/// The Bot Connector REST client over a typed HttpClient: bearer token from <see cref="IBotTokenProvider"/>,
/// retries on 429, 5xx, network errors and timeouts (jittered backoff, Retry-After honoured, bounded attempts and
/// total wait), pacing by <see cref="ConnectorRateLimiter"/>, and no duplicate sends thanks to <see cref="IOutgoingActivityLog"/>.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private const string CreateConversationScope = "createConversation";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly IBotTokenProvider _tokens;
    private readonly IOutgoingActivityLog _sentLog;
    private readonly ConnectorRateLimiter _rateLimiter;
    private readonly ConnectorOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(
        HttpClient http,
        IBotTokenProvider tokens,
        IOutgoingActivityLog sentLog,
        ConnectorRateLimiter rateLimiter,
        IOptions<ConnectorOptions> options,
        TimeProvider time,
        ILogger<ConnectorClient> logger)
    {
        _http = http;
        _tokens = tokens;
        _sentLog = sentLog;
        _rateLimiter = rateLimiter;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = RequireTarget(activity);
        var replyToId = Require(activity.ReplyToId, "activity.replyToId");
        var uri = ConnectorUris.Activity(serviceUrl, conversationId, replyToId);
        return SendOnceAsync<ResourceResponse>("reply", SendKey(conversationId, activity), HttpMethod.Post, uri, activity, cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = RequireTarget(activity);
        var uri = ConnectorUris.Activities(serviceUrl, conversationId);
        return SendOnceAsync<ResourceResponse>("send", SendKey(conversationId, activity), HttpMethod.Post, uri, activity, cancellationToken);
    }

    // A PUT replaces the activity with the same content each time, so repeating it is harmless and it is not logged.
    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = RequireTarget(activity);
        var uri = ConnectorUris.Activity(serviceUrl, conversationId, Require(activity.Id, "activity.id"));
        var body = await SendWithRetriesAsync("update", HttpMethod.Put, uri, activity, cancellationToken).ConfigureAwait(false);
        return Deserialize<ResourceResponse>(body);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var uri = ConnectorUris.Conversations(serviceUrl);
        if (parameters.Activity is { } first)
        {
            var key = $"{CreateConversationScope}|{AssignStableId(first)}";
            return await SendOnceAsync<ConversationResourceResponse>("createConversation", key, HttpMethod.Post, uri, parameters, cancellationToken).ConfigureAwait(false);
        }

        // Without a first activity Teams returns the existing 1:1 conversation, so a repeat posts nothing new.
        var body = await SendWithRetriesAsync("createConversation", HttpMethod.Post, uri, parameters, cancellationToken).ConfigureAwait(false);
        return Deserialize<ConversationResourceResponse>(body);
    }

    private async Task<T> SendOnceAsync<T>(string operation, string key, HttpMethod method, Uri uri, object body, CancellationToken cancellationToken)
        where T : class, new()
    {
        var claim = await _sentLog.TryClaimAsync(key, cancellationToken).ConfigureAwait(false);
        switch (claim.Status)
        {
            case OutgoingActivityClaimStatus.AlreadySent:
                _logger.AlreadySent(operation);
                return Deserialize<T>(claim.ResponseJson);
            case OutgoingActivityClaimStatus.InProgress:
                throw new BotConnectorException($"Connector {operation}: the activity is being sent by another caller right now.");
        }

        string responseBody;
        try
        {
            responseBody = await SendWithRetriesAsync(operation, method, uri, body, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await _sentLog.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await _sentLog.MarkSentAsync(key, responseBody, CancellationToken.None).ConfigureAwait(false);
        return Deserialize<T>(responseBody);
    }

    /// <summary>The conversation and tenant a call counts against in Teams' limits.</summary>
    private static (string? ConversationId, string? TenantId) PacingKeys(object body) => body switch
    {
        Activity activity => (activity.Conversation?.Id, activity.GetTenantId()),
        ConversationParameters parameters => (null, parameters.TenantId),
        _ => (null, null),
    };

    private async Task<string> SendWithRetriesAsync(string operation, HttpMethod method, Uri uri, object body, CancellationToken cancellationToken)
    {
        // Serialized once, so every attempt carries exactly the same bytes (and the same activity id).
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options);
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            var (conversationId, tenantId) = PacingKeys(body);
            await _rateLimiter.WaitAsync(conversationId, tenantId, cancellationToken).ConfigureAwait(false);
            var outcome = await AttemptAsync(method, uri, payload, cancellationToken).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                return outcome.Body!;
            }

            var delay = RetryDelays.Next(_options, attempt, outcome.RetryAfter, Random.Shared);
            var refusal = WhyNotRetry(operation, outcome, attempt, waited + delay);
            if (refusal is not null)
            {
                throw refusal;
            }

            _logger.ConnectorRetrying(operation, uri.Host, outcome.Description, attempt, _options.MaxAttempts, delay);
            waited += delay;
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private BotConnectorException? WhyNotRetry(string operation, ConnectorAttempt outcome, int attempt, TimeSpan totalWait)
    {
        if (!outcome.Retryable)
        {
            return Failure($"Connector {operation} was refused with {outcome.Description}{ErrorCodeSuffix(outcome)}.", outcome, attempt);
        }

        if (attempt >= _options.MaxAttempts)
        {
            return Failure($"Connector {operation} failed after {attempt} attempts; the last one ended with {outcome.Description}.", outcome, attempt);
        }

        return totalWait > _options.MaxTotalRetryDelay
            ? Failure($"Connector {operation} gave up at attempt {attempt}: waiting again would exceed the retry budget of {_options.MaxTotalRetryDelay} (last: {outcome.Description}).", outcome, attempt)
            : null;
    }

    private async Task<ConnectorAttempt> AttemptAsync(HttpMethod method, Uri uri, byte[] payload, CancellationToken cancellationToken)
    {
        using var request = await CreateRequestAsync(method, uri, payload, cancellationToken).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _http.SendAsync(request, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? ConnectorAttempt.Success(body)
                : ConnectorAttempt.HttpFailure(response.StatusCode, RetryDelays.FromRetryAfter(response.Headers.RetryAfter, _time.GetUtcNow()), ReadErrorCode(body));
        }
        catch (HttpRequestException exception)
        {
            return ConnectorAttempt.NoResponse($"a network error ({exception.HttpRequestError})", exception);
        }
        catch (IOException exception)
        {
            // The connection broke while the answer was read: the activity may have arrived, so retry with the same id.
            return ConnectorAttempt.NoResponse("a connection broken while reading the answer", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return ConnectorAttempt.NoResponse($"no answer within {_options.AttemptTimeout}", exception);
        }
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(HttpMethod method, Uri uri, byte[] payload, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = JsonMediaType;
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return request;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !Loopback.IsLoopback(uri))
        {
            request.Dispose();
            throw new BotConnectorException($"Refusing to send the bot's token over plain http to {uri.Host}.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private T Deserialize<T>(string? json) where T : class, new()
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new T();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, BotJson.Options) ?? new T();
        }
        catch (JsonException exception)
        {
            // The send itself succeeded; an unreadable answer must not make the caller send again.
            _logger.UnexpectedConnectorJson(exception);
            return new T();
        }
    }

    private static string? ReadErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static BotConnectorException Failure(string message, ConnectorAttempt outcome, int attempts) =>
        new(message, outcome.Status, attempts, outcome.ErrorCode, outcome.Error);

    private static string ErrorCodeSuffix(ConnectorAttempt outcome) => outcome.ErrorCode is null ? "" : $" ({outcome.ErrorCode})";

    private static string SendKey(string conversationId, Activity activity) => $"{conversationId}|{AssignStableId(activity)}";

    /// <summary>The id that identifies this logical message across retries and repeated calls.</summary>
    private static string AssignStableId(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Id))
        {
            activity.Id = Guid.NewGuid().ToString();
        }

        return activity.Id;
    }

    private static (string ServiceUrl, string ConversationId) RequireTarget(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (Require(activity.ServiceUrl, "activity.serviceUrl"), Require(activity.Conversation?.Id, "activity.conversation.id"));
    }

    private static string Require(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is required for this Connector call.", nameof(value)) : value;
}
