using Microsoft.AspNetCore.Mvc;

namespace TeamBot.Bot.Hosting;

/// <summary>
/// The one error body of TeamBot's own HTTP APIs: RFC 7807 problem details, with every Dutch problem in the extension
/// member "problems". The protocol endpoints (Bot Connector, Direct Line) keep the error shapes their clients expect.
/// </summary>
public static class ApiProblem
{
    public const string ProblemsMember = "problems";

    public static IResult Of(int status, IReadOnlyList<string> problems) => Results.Problem(new ProblemDetails
    {
        Status = status,
        Title = TitleFor(status),
        Detail = string.Join(" ", problems),
        Extensions = { [ProblemsMember] = problems },
    });

    public static IResult Of(int status, string problem) => Of(status, [problem]);

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "De aanvraag is niet in orde",
        StatusCodes.Status403Forbidden => "Geen toegang",
        StatusCodes.Status404NotFound => "Niet gevonden",
        StatusCodes.Status409Conflict => "Al verwerkt",
        StatusCodes.Status502BadGateway => "Een achterliggende dienst weigerde",
        StatusCodes.Status503ServiceUnavailable => "Tijdelijk niet beschikbaar",
        _ => "Er ging iets mis",
    };
}
