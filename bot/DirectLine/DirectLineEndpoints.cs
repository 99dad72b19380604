using Microsoft.Extensions.Options;
using TeamBot.Bot.Hosting;
using TeamBot.BotFramework;
using TeamBot.Core.Formatting;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// The part of Direct Line 3.0 that Web Chat needs when it polls (webSocket: false). Every call but generate needs a
/// token for the conversation, also the start, as the real service does: unknown conversation 404, no, wrong or
/// expired token 403.
/// </summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup(BasePath).AddEndpointFilter<LocalOnlyFilter>();
        directLine.MapPost("/tokens/generate", GenerateToken);
        directLine.MapPost("/tokens/refresh", RefreshToken);
        directLine.MapPost("/conversations", StartConversationAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
        return endpoints;
    }

    /// <summary>A token for a new conversation, which is kept from when the client first opens it.</summary>
    private static IResult GenerateToken(DirectLineTokens tokens) =>
        Results.Ok(ConversationResponse.For(tokens.Issue(DirectLineConversations.NewId())));

    private static IResult RefreshToken(HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens)
    {
        var (conversation, refusal) = OpenByToken(request, conversations, tokens);
        return conversation is null ? refusal! : Results.Ok(ConversationResponse.For(tokens.Issue(conversation.Id)));
    }

    /// <summary>Opens the token's conversation: 201 when it starts now, 200 when it already had.</summary>
    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens, DirectLineBridge bridge, CancellationToken cancellationToken)
    {
        if (tokens.ConversationOf(request.Headers.Authorization) is not { } conversationId)
            return DirectLineErrors.Forbidden("Een gesprek begint met een token van /v3/directline/tokens/generate.");
        var conversation = conversations.OpenOrCreate(conversationId);
        var response = ConversationResponse.For(tokens.Issue(conversation.Id));
        if (!conversation.TryStart()) return Results.Ok(response);
        await bridge.StartAsync(conversation, ServiceUrl(request), cancellationToken);
        return Results.Created($"{BasePath}/conversations/{conversation.Id}", response);
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens, DirectLineBridge bridge,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (conversation, refusal) = Open(conversationId, request, conversations, tokens);
        if (conversation is null) return refusal!;
        var (activity, failure) = await RequestBodies.ReadJsonAsync<Activity>(request, options.Value.MaxActivityBytes, BotJson.Options, cancellationToken);
        if (failure == BodyFailure.TooLarge)
            return DirectLineErrors.Of(StatusCodes.Status413PayloadTooLarge,
                $"Het bericht is groter dan {DutchFormat.Size(options.Value.MaxActivityBytes)}; stuur een kortere vraag.");
        if (activity is null) return DirectLineErrors.BadRequest("De activiteit is geen geldige JSON.");
        if (ActivityShape.ContentProblems(activity) is { Count: > 0 } problems) return DirectLineErrors.BadRequest(string.Join(" ", problems));
        var id = await bridge.PostAsync(conversation, activity, ServiceUrl(request), cancellationToken);
        return Results.Ok(new ResourceResponse { Id = id });
    }

    private static IResult GetActivities(
        string conversationId, string? watermark, HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens,
        IOptions<DirectLineOptions> options)
    {
        var (conversation, refusal) = Open(conversationId, request, conversations, tokens);
        return conversation is null ? refusal! : Results.Json(conversation.Read(watermark, options.Value.PageSize), BotJson.Options);
    }

    private static (DirectLineConversation? Conversation, IResult? Refusal) Open(
        string conversationId, HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens)
    {
        if (conversations.Find(conversationId) is not { } conversation) return (null, DirectLineErrors.NotFound());
        return tokens.ConversationOf(request.Headers.Authorization) == conversation.Id
            ? (conversation, null)
            : (null, DirectLineErrors.Forbidden());
    }

    /// <summary>The conversation the token is for, when the token is good and the conversation still kept.</summary>
    private static (DirectLineConversation? Conversation, IResult? Refusal) OpenByToken(
        HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens)
    {
        if (tokens.ConversationOf(request.Headers.Authorization) is not { } conversationId) return (null, DirectLineErrors.Forbidden());
        return conversations.Find(conversationId) is { } conversation ? (conversation, null) : (null, DirectLineErrors.NotFound());
    }

    /// <summary>The bot's replies are addressed to the host itself, as Teams' are to the Connector.</summary>
    private static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
