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

    /// <summary>A body that was too large or no JSON of the expected shape, said as such: 413 or 400.</summary>
    /// <param name="expected">What the endpoint takes, in Dutch ("{\"plan\": \"YAML-tekst\"}").</param>
    public static IResult ForBody(BodyFailure failure, long maxBytes, string expected) => failure == BodyFailure.TooLarge
        ? Of(StatusCodes.Status413PayloadTooLarge, $"De aanvraag is groter dan {Core.Formatting.DutchFormat.Size(maxBytes)}.")
        : Of(StatusCodes.Status400BadRequest, $"De aanvraag is niet in orde. Verwacht: {expected}.");

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "De aanvraag is niet in orde",
        StatusCodes.Status403Forbidden => "Geen toegang",
        StatusCodes.Status404NotFound => "Niet gevonden",
        StatusCodes.Status413PayloadTooLarge => "Te groot",
        StatusCodes.Status409Conflict => "Al verwerkt",
        StatusCodes.Status502BadGateway => "Een achterliggende dienst weigerde",
        StatusCodes.Status503ServiceUnavailable => "Tijdelijk niet beschikbaar",
        _ => "Er ging iets mis",
    };
}
