using System.Net.Mime;
using System.Text.Json;
using TeamBot.Bot.Addin;
using TeamBot.Bot.Hosting;
using TeamBot.Core.Documents.Storage;
using TeamBot.Core.Formatting;
using TeamBot.Core.PlanDocuments;

namespace TeamBot.Bot.PlanDocuments;

/// <summary>
/// POST /api/plans/render: plan data (YAML) and a template name in, the .docx out (or JSON with the document in base64
/// when the caller accepts JSON), optionally stored with its web address. GET /api/templates: the templates and their fields.
/// Bad input answers 400 with every problem in Dutch.
/// </summary>
public static class PlanDocumentEndpoints
{
    public const string RenderPath = "/api/plans/render";
    public const string TemplatesPath = "/api/templates";
    public const string WebUrlHeader = "X-Document-WebUrl";
    public const string PdfWebUrlHeader = "X-Document-PdfWebUrl";

    /// <summary>How many warnings came with the document; their text is in the JSON answer (Accept: application/json).</summary>
    public const string WarningCountHeader = "X-Document-Warnings";
    private const string PlanFileName = "plan.yaml";

    /// <summary>A plan's YAML is bounded at 2 million characters (PlanDataLoader); as JSON that stays below this.</summary>
    private const int MaxRequestBytes = 8 * 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapPlanDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(RenderPath, RenderAsync).RequireApiAccess(ApiAccessLevel.Inkoopteam);
        endpoints.MapGet(TemplatesPath, (PlanDocumentService documents) => Results.Json(documents.ListTemplates(), Json)).RequireApiAccess(ApiAccessLevel.Inkoopteam);
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext http, PlanPublication publication, IUserDocumentStores userStores, CancellationToken cancellationToken)
    {
        var (request, problems) = await ReadAsync(http.Request, cancellationToken);
        if (request is null) return Problems(StatusCodes.Status400BadRequest, problems);
        // Signed in, with On-Behalf-Of on: the document goes into the library as the user, with the user's own rights.
        using var userStore = request.Upload && http.User.Identity?.IsAuthenticated == true && BearerToken(http.Request) is { } token ? userStores.ForUser(token) : null;
        var published = await publication.PublishAsync(
            PlanSource.FromYaml(request.Plan!, PlanFileName), request.Template!, request.Upload, request.Pdf, storeAs: userStore, cancellationToken: cancellationToken);
        return published.Failure switch
        {
            PlanPublicationFailure.None => WantsJson(http.Request) ? JsonAnswer(published) : FileAnswer(http.Response, published),
            PlanPublicationFailure.BadInput => Problems(StatusCodes.Status400BadRequest, published.Problems),
            _ => Problems(StatusCodes.Status502BadGateway, published.Problems),
        };
    }

    private static async Task<(PlanRenderRequest? Request, IReadOnlyList<string> Problems)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var (request, failure) = await RequestBodies.ReadJsonAsync<PlanRenderRequest>(http, MaxRequestBytes, Json, cancellationToken);
        if (failure == BodyFailure.TooLarge)
            return (null, [$"De aanvraag is groter dan {DutchFormat.Size(MaxRequestBytes)}; een plan past daar ruim in."]);
        if (failure == BodyFailure.NotJson)
            return (null, ["De aanvraag is geen geldige JSON. Verwacht: {\"template\": \"naam\", \"plan\": \"YAML-tekst\", \"upload\": false, \"pdf\": false}."]);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request?.Template)) problems.Add("Het veld 'template' ontbreekt: geef de naam van een sjabloon (zie GET /api/templates).");
        if (string.IsNullOrWhiteSpace(request?.Plan)) problems.Add("Het veld 'plan' ontbreekt: geef de plangegevens als YAML-tekst (zie docs/plan-format.md).");
        return problems.Count > 0 ? (null, problems) : (request, []);
    }

    private static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;

    private static bool WantsJson(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase));

    private static IResult JsonAnswer(PlanPublicationResult published) => Results.Json(
        new PlanRenderResponse(published.FileName, published.Stored?.WebUrl, published.Stored?.PdfWebUrl,
            Convert.ToBase64String(published.Rendered.Document!), published.Pdf is { } pdf ? Convert.ToBase64String(pdf) : null)
        {
            Warnings = published.Rendered.Warnings,
        }, Json);

    private static IResult FileAnswer(HttpResponse response, PlanPublicationResult published)
    {
        if (published.Stored?.WebUrl is { } webUrl) response.Headers[WebUrlHeader] = webUrl;
        if (published.Stored?.PdfWebUrl is { } pdfWebUrl) response.Headers[PdfWebUrlHeader] = pdfWebUrl;
        response.Headers[WarningCountHeader] = published.Rendered.Warnings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(published.Rendered.Document!, DocumentToStore.WordContentType, published.FileName);
    }

    private static IResult Problems(int status, IReadOnlyList<string> problems) => ApiProblem.Of(status, problems);
}
