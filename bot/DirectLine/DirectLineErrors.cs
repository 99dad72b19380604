namespace TeamBot.Bot.DirectLine;

/// <summary>Errors in the Direct Line shape, { "error": { "code", "message" } }, with a Dutch message.</summary>
public static class DirectLineErrors
{
    public static IResult Forbidden(string message = "Het token ontbreekt, is verlopen of hoort bij een ander gesprek.") =>
        Error(StatusCodes.Status403Forbidden, "TokenInvalid", message);

    public static IResult NotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "Dit gesprek bestaat niet (meer). Begin een nieuw gesprek.");

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    /// <summary>A refusal: 403 by the local-only policy, 415 for a body that is not JSON, 413 for one too large.</summary>
    public static IResult Of(int status, string message) =>
        Error(status, status switch
        {
            StatusCodes.Status415UnsupportedMediaType => "UnsupportedMediaType",
            StatusCodes.Status413PayloadTooLarge => "MessageSizeExceeded",
            _ => "Forbidden",
        }, message);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
