using TeamBot.Bot.Hosting;
using TeamBot.BotFramework;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// POST /api/messages: the Bot Framework's door. Only JSON (415 otherwise); unauthenticated requests, and in local mode
/// requests the local-only policy refuses, get 401 and nothing else happens.
/// </summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>Teams' own messages stay far below this (about 100 kB); a card's submitted data too.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, IBotRequestAuthenticator authenticator, ActivityRouter router, CancellationToken cancellationToken)
    {
        if (!LocalRequests.IsJson(http.Request))
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        // Local mode has no token: the host's local-only policy stands in for it, before anything is read.
        if (authenticator.IsLocalMode && LocalRequests.Check(http) != LocalRequestRefusal.None) return Results.Unauthorized();
        var (activity, failure) = await RequestBodies.ReadJsonAsync<Activity>(http.Request, MaxActivityBytes, BotJson.Options, cancellationToken);
        if (failure == BodyFailure.TooLarge) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (activity is null) return Results.BadRequest();
        var authentication = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, http.Connection.RemoteIpAddress, cancellationToken);
        if (!authentication.IsAuthenticated) return Results.Unauthorized();
        if (ActivityShape.Problems(activity) is { Count: > 0 } problems) return ApiProblem.Of(StatusCodes.Status400BadRequest, problems);
        var invokeResponse = await router.HandleAsync(activity, cancellationToken);
        return invokeResponse is null
            ? Results.Ok()
            : Results.Json(invokeResponse.Body, BotJson.Options, statusCode: invokeResponse.Status);
    }
}
