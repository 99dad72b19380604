using Microsoft.Extensions.Options;
using TeamBot.Bot.DirectLine;
using TeamBot.Bot.Hosting;

namespace TeamBot.Bot.PlanDocuments;

/// <summary>
/// The plan API has no sign-in yet, so it answers only callers on this computer unless Documents:Api:AllowRemote
/// is set (behind an authenticating proxy, say). Rendering and storing documents is not for anonymous callers.
/// </summary>
public sealed class PlanApiAccessFilter(IOptions<PlanApiOptions> options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        options.Value.AllowRemote || LocalRequests.IsLocal(context.HttpContext)
            ? next(context)
            : ValueTask.FromResult<object?>(ApiProblem.Of(StatusCodes.Status403Forbidden,
                "De plan-API is alleen bereikbaar vanaf deze computer (zet Documents:Api:AllowRemote aan voor andere computers)."));
}
