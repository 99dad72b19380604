using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using TeamBot.Bot.Hosting;
using TeamBot.Bot.PlanDocuments;

namespace TeamBot.Bot.Addin;

/// <summary>
/// Who may call TeamBot's own APIs, checked on every call. Signed in (AzureAd configured): a valid bearer token, and for
/// plans, costs and the log the inkoopteam's app role or group. Local mode: this computer only (<see cref="LocalRequests"/>),
/// unless Documents:Api:AllowRemote says another layer signs callers in.
/// </summary>
public sealed class ApiAccessFilter(ApiAccessLevel level, ApiSignIn signIn, IOptions<PlanApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var refusal = signIn.IsConfigured ? SignedInRefusal(await SignedInUserAsync(http)) : LocalRefusal(http);
        if (level == ApiAccessLevel.Anyone && signIn.IsConfigured) refusal = null;
        return refusal ?? await next(context);
    }

    /// <summary>Authenticated here, not by middleware for every request: the Bot Connector's tokens on /api/messages are no Entra user tokens.</summary>
    private static async Task<ClaimsPrincipal> SignedInUserAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Succeeded) http.User = result.Principal;
        return http.User;
    }

    private IResult? SignedInRefusal(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return ApiProblem.Of(StatusCodes.Status401Unauthorized, "Je bent niet aangemeld: meld je aan met je werkaccount (Microsoft 365) en probeer het opnieuw.");
        // A multi-tenant authority accepts every tenant's issuer; the region's own tenant is the only one that may call.
        if (signIn.TenantId is { } tenant && !string.Equals(user.FindFirst("tid")?.Value ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid")?.Value, tenant, StringComparison.OrdinalIgnoreCase))
            return ApiProblem.Of(StatusCodes.Status403Forbidden, "Je organisatie heeft geen toegang tot deze TeamBot.");
        if (level == ApiAccessLevel.Inkoopteam && !IsInkoopteam(user))
            return ApiProblem.Of(StatusCodes.Status403Forbidden, "Alleen het inkoopteam mag plannen, kostenverdelingen en het vragenlogboek gebruiken.");
        return null;
    }

    private bool IsInkoopteam(ClaimsPrincipal user) =>
        user.Claims.Any(c => c.Type is "roles" or ClaimTypes.Role && c.Value == signIn.InkoopteamRole)
        || (signIn.InkoopteamGroupId is { } group && user.Claims.Any(c => c.Type == "groups" && c.Value == group));

    private IResult? LocalRefusal(HttpContext http)
    {
        var refusal = LocalRequests.Check(http, options.Value.AllowRemote);
        if (refusal == LocalRequestRefusal.None) return null;
        var (status, message) = LocalRequests.Describe(refusal, http.Request,
            "TeamBot draait in lokale modus: de API is alleen bereikbaar vanaf deze computer (stel AzureAd in voor aanmelden, of zet Documents:Api:AllowRemote aan).");
        return ApiProblem.Of(status, message);
    }
}

public static class ApiAccess
{
    /// <summary>Puts the <see cref="ApiAccessFilter"/> of <paramref name="level"/> in front of an endpoint.</summary>
    public static TBuilder RequireApiAccess<TBuilder>(this TBuilder builder, ApiAccessLevel level) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = ActivatorUtilities.CreateInstance<ApiAccessFilter>(factory.ApplicationServices, level);
            return invocation => filter.InvokeAsync(invocation, next);
        });
}

public enum ApiAccessLevel
{
    /// <summary>Signed in or not (the pane's first call, which says how to sign in); in local mode still this computer only.</summary>
    Anyone,

    /// <summary>Any signed-in colleague of the tenant: a question, the gemeenten list.</summary>
    Colleague,

    /// <summary>The inkoopteam's app role or group: plans, costs, documents, the log.</summary>
    Inkoopteam,
}
