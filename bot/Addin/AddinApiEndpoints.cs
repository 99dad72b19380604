using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamBot.Bot.Hosting;
using TeamBot.Bot.PlanDocuments;
using TeamBot.Core.Documents.Storage;
using TeamBot.Core.Plans;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;
using TeamBot.Core.Storage;
using TeamBot.Core.Questions.Classification;

namespace TeamBot.Bot.Addin;

/// <summary>
/// The API the Word and Excel task pane calls, beside /api/plans/render and /api/templates: the stored plans and their
/// cost preview, a workbook's kostenverdeling, the region's gemeenten, the question log for a pivot, and a question.
/// Plans, costs and the log are the inkoopteam's; a question any signed-in colleague may ask (<see cref="ApiAccessFilter"/>).
/// </summary>
public static class AddinApiEndpoints
{
    private const int MaxRequestBytes = 8 * 1024 * 1024;
    private const int MaxLogDays = 800;

    /// <summary>A question is cut at 4.000 characters anyway (Questions:MaxQuestionLength); JSON-escaped it stays below this.</summary>
    private const int MaxQuestionBytes = 64 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapAddinApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/addin/status", Status).RequireApiAccess(ApiAccessLevel.Anyone)
            .WithSummary("How the task pane signs in (local or signedIn), and whether it can store documents.").Produces<AddinStatus>();
        endpoints.MapGet("/api/plans", (PlanLibrary plans) => Results.Json(plans.List(), Json)).RequireApiAccess(ApiAccessLevel.Inkoopteam)
            .WithSummary("The stored plans (Plans:Path), with the problems of those that do not load.").Produces<IReadOnlyList<StoredPlan>>();
        endpoints.MapGet("/api/plans/{name}", StoredPlan).RequireApiAccess(ApiAccessLevel.Inkoopteam)
            .WithSummary("One stored plan's YAML: {name, yaml}.").ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapPost("/api/plans/costs", PlanCostsAsync).RequireApiAccess(ApiAccessLevel.Inkoopteam)
            .WithSummary("A plan's kostenverdelingen over the stored region, as `plan costs --json`, with its warnings.")
            .Accepts<PlanCostsRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapPost("/api/costs/allocate", AllocateAsync).RequireApiAccess(ApiAccessLevel.Inkoopteam)
            .WithSummary("A workbook's Gemeenten table split by verdeelsleutels, sluitend: the rows add up to the amount.")
            .Accepts<AllocationRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapGet("/api/region/municipalities", MunicipalitiesAsync).RequireApiAccess(ApiAccessLevel.Colleague)
            .WithSummary("The region's gemeenten with the numeric columns of the Gemeenten sheet.").Produces<RegionMunicipalities>();
        endpoints.MapGet("/api/log/questions", QuestionLogAsync).RequireApiAccess(ApiAccessLevel.Inkoopteam)
            .WithSummary("The question log of a period (from, to: yyyy-mm-dd) as rows for a pivot table: week, gemeente, categorie, uitkomst, feedback.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapPost("/api/questions", AskAsync).RequireApiAccess(ApiAccessLevel.Colleague)
            .WithSummary("A contract question through the same pipeline as the chat (redacted, classified, logged).")
            .Accepts<AddinQuestionRequest>("application/json").Produces<AddinAnswer>();
        return endpoints;
    }

    /// <summary>Storing is offered where a document library is configured (Documents:Provider graph); locally the pane inserts only.</summary>
    private static IResult Status(HttpContext http, ApiSignIn signIn, IOptions<DocumentStoreOptions> documents) => Results.Json(new AddinStatus(
        signIn.IsConfigured ? "signedIn" : "local",
        signIn.IsConfigured && http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst("name")?.Value ?? http.User.Identity.Name : null,
        CanUpload: documents.Value.UsesGraph,
        signIn.ClientId,
        signIn.Scope), Json);

    private static IResult StoredPlan(string name, PlanLibrary plans) => plans.ReadYaml(name) is { } yaml
        ? Results.Json(new { name, yaml }, Json)
        : ApiProblem.Of(StatusCodes.Status404NotFound, $"Er is geen opgeslagen plan '{name}'. Zie GET /api/plans voor de plannen die er zijn.");

    private static async Task<IResult> PlanCostsAsync(HttpRequest request, PlanCosts costs, CancellationToken cancellationToken)
    {
        var (body, failure) = await RequestBodies.ReadJsonAsync<PlanCostsRequest>(request, MaxRequestBytes, Json, cancellationToken);
        if (failure != BodyFailure.None || string.IsNullOrWhiteSpace(body?.Plan))
            return ApiProblem.ForBody(failure, MaxRequestBytes, "{\"plan\": \"YAML-tekst\"} met de plangegevens (docs/plan-format.md)");
        var result = await costs.CalculateAsync(body.Plan, "plan.yaml", cancellationToken);
        return result.Succeeded
            ? Results.Json(new { kostenverdelingen = result.Allocations.Select(CostAllocationJson.ToWire), warnings = result.Warnings }, Json)
            : ApiProblem.Of(StatusCodes.Status400BadRequest, result.Problems.Select(p => p.ToString()).ToList());
    }

    private static async Task<IResult> AllocateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, failure) = await RequestBodies.ReadJsonAsync<AllocationRequest>(request, MaxRequestBytes, Json, cancellationToken);
        if (failure != BodyFailure.None)
            return ApiProblem.ForBody(failure, MaxRequestBytes, "{\"bedrag\", \"afronding\", \"sleutels\": [...], \"gemeenten\": [...]} als JSON");
        var (allocation, problems) = WorkbookAllocation.Allocate(body!);
        if (allocation is null) return ApiProblem.Of(StatusCodes.Status400BadRequest, problems);
        return Results.Json(new
        {
            titel = allocation.Title,
            totaal = allocation.Total,
            regels = allocation.Lines.Select(l => new { gemeente = l.Gemeente, aandeelPercent = l.SharePercent, bedrag = l.Amount, perSleutel = l.PerKey }),
            afronding = WorkbookAllocation.RoundingRule(allocation.Rounding),
        }, Json);
    }

    private static async Task<IResult> MunicipalitiesAsync(IRegionStore region, CancellationToken cancellationToken)
    {
        var data = await region.LoadAsync(cancellationToken);
        var columns = data.Municipalities.SelectMany(m => m.Figures.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return Results.Json(new RegionMunicipalities(columns, data.Municipalities.Select(m => new MunicipalityFigures(m.Name, m.Figures)).ToList()), Json);
    }

    private static async Task<IResult> QuestionLogAsync(string? from, string? to, IQuestionLog log, RegionCalendar calendar, CancellationToken cancellationToken)
    {
        var last = ParseDay(to) ?? calendar.Today;
        var first = ParseDay(from) ?? new DateOnly(last.Year, 1, 1);
        if ((from is not null && ParseDay(from) is null) || (to is not null && ParseDay(to) is null))
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "Geef de periode als from=jjjj-mm-dd en to=jjjj-mm-dd.");
        if (first > last || last.DayNumber - first.DayNumber > MaxLogDays)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, $"De periode moet oplopen en hoogstens {MaxLogDays} dagen lang zijn.");
        var entries = await log.ListAsync(calendar.StartOf(first), calendar.StartOf(last.AddDays(1)), cancellationToken);
        return Results.Json(new { rows = entries.Where(e => e.OverrideOf is null).Select(e => LogRow(e, calendar)) }, Json);
    }

    private static QuestionLogRow LogRow(QuestionLogEntry entry, RegionCalendar calendar) => new(
        calendar.IsoWeek(entry.AskedAt),
        entry.AskerMunicipality ?? "onbekend",
        entry.Category.ToWireName(),
        QuestionLogLabels.Outcome(entry.Outcome),
        QuestionLogLabels.Feedback(entry.Feedback));

    private static async Task<IResult> AskAsync(HttpContext http, QuestionService questions, CancellationToken cancellationToken)
    {
        var (body, failure) = await RequestBodies.ReadJsonAsync<AddinQuestionRequest>(http.Request, MaxQuestionBytes, Json, cancellationToken);
        if (failure != BodyFailure.None || string.IsNullOrWhiteSpace(body?.Question))
            return ApiProblem.ForBody(failure, MaxQuestionBytes, "{\"question\": \"je vraag\", \"municipality\": \"gemeente of null\"}");
        var asker = http.User.FindFirst("oid")?.Value is { } oid ? $"{http.User.FindFirst("tid")?.Value}:{oid}" : "addin:local";
        var answer = await questions.AskAsync(new QuestionRequest(body.Question, asker, body.Municipality, "addin"), cancellationToken);
        return Results.Json(new AddinAnswer(
            answer.Category.ToWireName(),
            answer.Text,
            answer.Sources.Select(s => new AddinSource(s.Title, s.Section)).ToList(),
            answer.Escalate || answer.Outcome is QuestionOutcome.Unanswered or QuestionOutcome.Escalated), Json);
    }

    private static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>The Dutch words of the log's outcomes and feedback, for a pivot table.</summary>
public static class QuestionLogLabels
{
    public static string Outcome(QuestionOutcome outcome) => outcome switch
    {
        QuestionOutcome.Answered => "beantwoord",
        QuestionOutcome.Redirected => "doorverwezen",
        QuestionOutcome.Escalated => "doorgezet",
        QuestionOutcome.Unanswered => "onbeantwoord",
        _ => "geweigerd",
    };

    public static string? Feedback(AnswerFeedback? feedback) => feedback switch
    {
        AnswerFeedback.Useful => "nuttig",
        AnswerFeedback.NotUseful => "niet nuttig",
        AnswerFeedback.Override => "toch contractvraag",
        _ => null,
    };
}
