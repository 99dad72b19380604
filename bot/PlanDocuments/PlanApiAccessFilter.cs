using Microsoft.Extensions.Options;
using TeamBot.Bot.Hosting;

namespace TeamBot.Bot.PlanDocuments;

/// <summary>
/// The plan API has no sign-in yet, so it answers only callers on this computer unless Documents:Api:AllowRemote
/// is set (behind an authenticating proxy, say). Rendering and storing documents is not for anonymous callers.
/// </summary>
public sealed class PlanApiAccessFilter(IOptions<PlanApiOptions> options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var refusal = LocalRequests.Check(context.HttpContext, options.Value.AllowRemote);
        if (refusal == LocalRequestRefusal.None) return next(context);
        var (status, message) = LocalRequests.Describe(refusal, context.HttpContext.Request,
            "De plan-API is alleen bereikbaar vanaf deze computer (zet Documents:Api:AllowRemote aan voor andere computers).");
        return ValueTask.FromResult<object?>(ApiProblem.Of(status, message));
    }
}
