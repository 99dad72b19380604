using Microsoft.Extensions.Options;
using TeamBot.Bot.Hosting;
using TeamBot.BotFramework;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// Refuses the local chat's endpoints with 403: when the local chat is off (a bot with an app id), and to callers that
/// are not local unless DirectLine:AllowRemote.
/// </summary>
public sealed class LocalOnlyFilter(IOptions<DirectLineOptions> options, IOptions<BotOptions> bot) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!options.Value.IsEnabled(bot.Value))
            return Refuse(context, "De lokale chat staat uit omdat TeamBot met een Bot:AppId draait (zet DirectLine:Enabled aan om hem toch te gebruiken).");
        if (!LocalRequests.IsAllowed(context.HttpContext, options.Value))
            return Refuse(context, "De lokale chat is alleen bereikbaar vanaf deze computer (zet DirectLine:AllowRemote aan voor andere computers).");
        return next(context);
    }

    /// <summary>Web Chat expects Direct Line's error shape; TeamBot's own /api/local answers problem details.</summary>
    private static ValueTask<object?> Refuse(EndpointFilterInvocationContext context, string message) =>
        ValueTask.FromResult<object?>(context.HttpContext.Request.Path.StartsWithSegments(DirectLineEndpoints.BasePath)
            ? DirectLineErrors.Forbidden(message)
            : ApiProblem.Of(StatusCodes.Status403Forbidden, message));
}
