using Microsoft.Extensions.Options;
using TeamBot.Bot.Hosting;
using TeamBot.BotFramework;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// Refuses the local chat's endpoints with 403: when the local chat is off (a bot with an app id), and to callers that
/// are not local unless DirectLine:AllowRemote (see <see cref="LocalRequests"/>).
/// </summary>
public sealed class LocalOnlyFilter(IOptions<DirectLineOptions> options, IOptions<BotOptions> bot) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!options.Value.IsEnabled(bot.Value))
            return Refuse(context, "De lokale chat staat uit omdat TeamBot met een Bot:AppId draait (zet DirectLine:Enabled aan om hem toch te gebruiken).");
        var refusal = LocalRequests.Check(context.HttpContext, options.Value.AllowRemote);
        if (refusal != LocalRequestRefusal.None)
        {
            var (status, message) = LocalRequests.Describe(refusal, context.HttpContext.Request, NotLocal);
            return Refuse(context, message, status);
        }
        return next(context);
    }

    private const string NotLocal = "De lokale chat is alleen bereikbaar vanaf deze computer (zet DirectLine:AllowRemote aan voor andere computers).";

    /// <summary>Web Chat expects Direct Line's error shape; TeamBot's own /api/local answers problem details.</summary>
    private static ValueTask<object?> Refuse(EndpointFilterInvocationContext context, string message, int status = StatusCodes.Status403Forbidden) =>
        ValueTask.FromResult<object?>(context.HttpContext.Request.Path.StartsWithSegments(DirectLineEndpoints.BasePath)
            ? DirectLineErrors.Of(status, message)
            : ApiProblem.Of(status, message));
}
