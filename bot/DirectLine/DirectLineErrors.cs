namespace TeamBot.Bot.DirectLine;

/// <summary>Errors in the Direct Line shape, { "error": { "code", "message" } }, with a Dutch message.</summary>
public static class DirectLineErrors
{
    public static IResult Forbidden(string message = "Het token ontbreekt, is verlopen of hoort bij een ander gesprek.") =>
        Error(StatusCodes.Status403Forbidden, "TokenInvalid", message);

    public static IResult NotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "Dit gesprek bestaat niet (meer). Begin een nieuw gesprek.");

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    /// <summary>A refusal of the local-only policy: 403, or 415 for a body that is not JSON.</summary>
    public static IResult Of(int status, string message) =>
        Error(status, status == StatusCodes.Status415UnsupportedMediaType ? "UnsupportedMediaType" : "Forbidden", message);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
