using System.Globalization;
using TeamBot.Bot.DirectLine;
using TeamBot.Bot.Hosting;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Regions;

namespace TeamBot.Bot.LocalChat;

/// <summary>
/// What the local chat page needs beside Direct Line: the gemeenten to pick from, and the inkoopteam panel's open
/// escalations and answers. Local callers only, like Direct Line: whoever sits at this machine may act as the inkoopteam.
/// </summary>
public static class LocalChatEndpoints
{
    public const string BasePath = "/api/local";

    private static readonly StringComparer DutchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    public static IEndpointRouteBuilder MapLocalChatApi(this IEndpointRouteBuilder endpoints)
    {
        var local = endpoints.MapGroup(BasePath).AddEndpointFilter<LocalOnlyFilter>();
        local.MapGet("/gemeenten", ListMunicipalitiesAsync);
        local.MapGet("/escalations", ListOpenEscalationsAsync);
        local.MapPost("/escalations/{id:long}/answer", AnswerEscalationAsync);
        return endpoints;
    }

    private static async Task<IResult> ListMunicipalitiesAsync(IRegionKnowledgeProvider knowledge, CancellationToken cancellationToken)
    {
        var region = (await knowledge.GetAsync(cancellationToken)).Guide.Data;
        return Results.Ok(region.Municipalities
            .OrderBy(m => m.Name, DutchOrder)
            .Select(m => new MunicipalityChoice(m.Name, m.Regions))
            .ToList());
    }

    private static async Task<IResult> ListOpenEscalationsAsync(
        IEscalationStore store, RegionCalendar calendar, CancellationToken cancellationToken)
    {
        var open = await store.ListAsync(EscalationState.Open, cancellationToken);
        return Results.Ok(open.OrderBy(t => t.OpenedAt).Select(t => EscalationSummary.Of(t, calendar)).ToList());
    }

    /// <summary>Through the same path as the ticket card's "Beantwoorden": recorded once, then delivered to the asker's chat.</summary>
    private static async Task<IResult> AnswerEscalationAsync(
        long id, TicketAnswerRequest request, EscalationWorkflow escalations, CancellationToken cancellationToken)
    {
        var (outcome, _, reachedAsker) = await escalations.AnswerAsync(id, request.Answer, request.SaveAsFaq, LocalUsers.InkoopteamAadObjectId, cancellationToken);
        return outcome switch
        {
            TicketAnswerOutcome.Answered when reachedAsker => Results.Ok(new { message = "Beantwoord: de vrager heeft je antwoord in de chat gekregen.", delivered = true }),
            TicketAnswerOutcome.Answered => Results.Ok(new
            {
                message = "Beantwoord en opgeslagen. De chat van de vrager is nu niet open; TeamBot bezorgt het antwoord zodra de chat weer geopend wordt.",
                delivered = false,
            }),
            TicketAnswerOutcome.EmptyAnswer => ApiProblem.Of(StatusCodes.Status400BadRequest, "Vul eerst een antwoord in."),
            TicketAnswerOutcome.NotFound => ApiProblem.Of(StatusCodes.Status404NotFound, $"Escalatie #{id} bestaat niet."),
            _ => ApiProblem.Of(StatusCodes.Status409Conflict, $"Escalatie #{id} is al beantwoord of gesloten; er is niets gewijzigd."),
        };
    }
}
