using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Hosting;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.PlanDocuments;

public sealed class PlanDocumentEndpointTests : IAsyncLifetime
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly TempDirectory _folder = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    private static string WmoPlan => File.ReadAllText(PlanDocumentTestHost.ShippedPlan("uitvoeringsplan-wmo-2023.yaml"));

    private string DocumentFolder => Path.Combine(_folder.File("data"), "documenten");

    public async Task InitializeAsync()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        // The shipped Wmo plan shows a schema image: the API may read it from the configured images folder only.
        var images = Path.GetDirectoryName(PlanDocumentTestHost.ShippedPlan("uitvoeringsplan-wmo-2023.yaml"))!;
        _app = TeamBotHost.Build(["--urls", url, $"--Documents:PlanImagesPath={images}"], _folder.File("data"));
        await _app.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(url) };
    }

    [Fact]
    public async Task Render_returns_the_docx_as_an_attachment_named_after_the_plan()
    {
        var response = await _http.PostAsJsonAsync("/api/plans/render", new { template = "uitvoeringsplan-wmo", plan = WmoPlan });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Uitvoeringsplan 2023 Team Inkoop Sociaal Domein Maastricht-Heuvelland.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.False(response.Headers.Contains("X-Document-WebUrl"));
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("€ 147.258", document.MainDocumentPart!.Document.Body!.InnerText);
        Assert.False(Directory.Exists(DocumentFolder) && Directory.EnumerateFiles(DocumentFolder).Any());
    }

    [Fact]
    public async Task Render_with_upload_stores_the_document_and_gives_its_webUrl_in_a_header()
    {
        var response = await _http.PostAsJsonAsync("/api/plans/render", new { template = "evaluatie", plan = File.ReadAllText(PlanDocumentTestHost.ShippedPlan("evaluatie-2019.yaml")), upload = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = Path.Combine(DocumentFolder, "Evaluatie uitvoeringsplan 2019 Zuid-Limburg.docx");
        Assert.True(File.Exists(stored));
        Assert.Equal(new Uri(stored).AbsoluteUri, response.Headers.GetValues("X-Document-WebUrl").Single());
        Assert.Equal(await File.ReadAllBytesAsync(stored), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Render_for_a_JSON_caller_answers_file_name_web_urls_and_the_document_in_base64()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/plans/render") { Content = JsonContent.Create(new { template = "uitvoeringsplan-wmo", plan = WmoPlan, upload = true, pdf = true }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["fileName", "webUrl", "pdfWebUrl", "documentBase64", "warnings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Uitvoeringsplan 2023 Team Inkoop Sociaal Domein Maastricht-Heuvelland.docx", root.GetProperty("fileName").GetString());
        Assert.EndsWith(".pdf", root.GetProperty("pdfWebUrl").GetString());
        Assert.True(File.Exists(new Uri(root.GetProperty("pdfWebUrl").GetString()!).LocalPath));
        using var document = WordprocessingDocument.Open(new MemoryStream(Convert.FromBase64String(root.GetProperty("documentBase64").GetString()!)), false);
        Assert.NotNull(document.MainDocumentPart);
    }

    [Fact]
    public async Task Bad_input_answers_400_with_every_problem_in_Dutch()
    {
        var response = await _http.PostAsJsonAsync("/api/plans/render", new { template = "uitvoeringsplan-jeugd", plan = "jaar: twintig\nregio: Zuid-Limburg\ntitle: x\n" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = await ProblemsAsync(response);
        Assert.Contains(problems, p => p.StartsWith("plan.yaml, regel 1, kolom 7 (jaar):", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("plan.yaml, regel 3, kolom 1 (title): Onbekend veld 'title'. Bedoelt u 'titel'?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Errors_are_RFC_7807_problem_details_with_the_Dutch_problems_in_an_extension_member()
    {
        var response = await _http.PostAsJsonAsync("/api/plans/render", new { template = "bestaat-niet", plan = "jaar: 2021\n" });

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("De aanvraag is niet in orde", json.RootElement.GetProperty("title").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Contains("bestaat-niet", json.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"template\": \"evaluatie\"}", "Het veld 'plan' ontbreekt")]
    [InlineData("{\"plan\": \"jaar: 2021\"}", "Het veld 'template' ontbreekt")]
    [InlineData("{niet: json", "De aanvraag is geen geldige JSON")]
    public async Task A_request_without_template_or_plan_or_that_is_no_JSON_answers_400_saying_what_is_missing(string body, string problem)
    {
        var response = await _http.PostAsync("/api/plans/render", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await ProblemsAsync(response), p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Templates_lists_each_template_with_the_data_fields_it_uses()
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync("/api/templates"));

        var templates = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["evaluatie", "uitvoeringsplan-jeugd", "uitvoeringsplan-wmo"], templates.Select(t => t.GetProperty("name").GetString()));
        var wmo = templates[2];
        Assert.Equal("uitvoeringsplan-wmo.xml", wmo.GetProperty("fileName").GetString());
        var fields = wmo.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("gemeenteTaken[].kosten", fields);
        Assert.Contains("hoofdprocessen[].nummer", fields);
    }

    private static async Task<List<string>> ProblemsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
    }

    [Fact]
    public async Task A_caller_that_is_not_on_this_computer_is_refused_because_the_api_has_no_sign_in_yet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/templates");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await _http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("alleen bereikbaar vanaf deze computer", await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
