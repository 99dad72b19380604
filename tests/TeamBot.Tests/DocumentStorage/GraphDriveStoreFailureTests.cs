using TeamBot.Core.Documents.Storage;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace TeamBot.Tests.DocumentStorage;

/// <summary>Every Graph failure ends in one Dutch message, no partial file in the library, and the document kept locally.</summary>
public sealed class GraphDriveStoreFailureTests : IDisposable
{
    private const int SixMegabytes = 6 * 1024 * 1024;
    private const int ChunkBytes = 16 * 320 * 1024;

    private readonly GraphStoreHarness _harness = new();

    private FakeGraphServer Graph => _harness.Graph;

    private static string PlanPath => FakeGraphServer.ContentPath("plan.docx");

    [Theory]
    [InlineData(401, "InvalidAuthenticationToken",
        "Microsoft Graph weigerde de aanmelding (401): het toegangstoken werd niet geaccepteerd. Controleer Documents:Graph:TenantId en Documents:Graph:ClientId en of het geheim of certificaat nog geldig is.")]
    [InlineData(403, "accessDenied",
        "TeamBot heeft geen schrijfrechten op de gekoppelde documentbibliotheek (403). Geef de app-registratie schrijfrechten op deze site (Sites.Selected met 'write', of Sites.ReadWrite.All).")]
    [InlineData(404, "itemNotFound",
        "De map 'Uitvoeringsplannen' bestaat niet in de gekoppelde documentbibliotheek (404). Controleer Documents:Graph:FolderPath en Documents:Graph:DriveId.")]
    public async Task A_refused_upload_says_why_in_Dutch_and_keeps_the_local_copy(int status, string code, string expected)
    {
        FailPlanUpload(status, code);
        var document = GraphStoreHarness.Word("plan.docx", 1000);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => _harness.SaveAsync(document));

        Assert.Equal(expected, e.Problem);
        Assert.Equal(status, e.StatusCode);
        await AssertKeptLocallyAsync(e, document);
        Assert.Single(Graph.Requests("PUT", PlanPath));
    }

    [Fact]
    public async Task A_document_that_cannot_be_replaced_gives_a_conflict_message()
    {
        FailPlanUpload(409, "nameAlreadyExists");
        var document = GraphStoreHarness.Word("plan.docx", 1000, ConflictBehavior.Replace);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => _harness.SaveAsync(document));

        Assert.Equal("Het bestaande document 'plan.docx' in de map 'Uitvoeringsplannen' kon niet worden vervangen (409); het is mogelijk uitgecheckt of wordt bewerkt.", e.Problem);
        await AssertKeptLocallyAsync(e, document);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("Mon, 23 Nov 2026 09:00:05 GMT", 5)] // the recording clock starts at 09:00:00 UTC
    public async Task Throttling_is_waited_out_as_Retry_After_asks_and_the_document_goes_up_once(string retryAfter, int seconds)
    {
        Graph.Server.Given(Request.Create().WithPath(PlanPath).UsingPut()).InScenario("throttled").WillSetStateTo("waited")
            .RespondWith(FakeGraphServer.Json(429, FakeGraphServer.Error("activityLimitReached", "Too many requests")).WithHeader("Retry-After", retryAfter));
        Graph.Server.Given(Request.Create().WithPath(PlanPath).UsingPut()).InScenario("throttled").WhenStateIs("waited")
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-1", "plan.docx")));
        var document = GraphStoreHarness.Word("plan.docx", 1000);

        var (save, waits) = await _harness.SaveThroughWaitsAsync(document);

        Assert.Equal("item-1", (await save).ItemId);
        Assert.Equal([TimeSpan.FromSeconds(seconds)], waits);
        var uploads = Graph.Requests("PUT", PlanPath);
        Assert.Equal([429, 201], uploads.Select(u => u.ResponseMessage.StatusCode).Cast<int>());
        Assert.All(uploads, u => Assert.Equal(document.Content, u.RequestMessage.BodyAsBytes));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_TeamBot_waits_fails_at_once()
    {
        Graph.Server.Given(Request.Create().WithPath(PlanPath).UsingPut())
            .RespondWith(FakeGraphServer.Json(429, FakeGraphServer.Error("activityLimitReached", "Too many requests")).WithHeader("Retry-After", "3600"));
        var document = GraphStoreHarness.Word("plan.docx", 1000);

        var (save, waits) = await _harness.SaveThroughWaitsAsync(document);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => save);
        Assert.Equal("Microsoft Graph beperkt het aantal verzoeken (429) en vraagt 3600 seconden te wachten, langer dan TeamBot wacht (Documents:Graph:MaxRetryDelay); probeer het later opnieuw.", e.Problem);
        Assert.Empty(waits);
        Assert.Single(Graph.Requests("PUT", PlanPath));
        await AssertKeptLocallyAsync(e, document);
    }

    [Fact]
    public async Task An_unavailable_Graph_is_retried_with_backoff_a_bounded_number_of_times()
    {
        Graph.Server.Given(Request.Create().WithPath(PlanPath).UsingPut()).RespondWith(Response.Create().WithStatusCode(503));
        var document = GraphStoreHarness.Word("plan.docx", 1000);

        var (save, waits) = await _harness.SaveThroughWaitsAsync(document);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => save);
        Assert.Equal("Microsoft Graph is tijdelijk niet beschikbaar (503), ook na 4 pogingen; probeer het later opnieuw.", e.Problem);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], waits);
        Assert.Equal(4, Graph.Requests("PUT", PlanPath).Count);
        Assert.Contains(_harness.Logs.Lines, line => line.Contains("StatusCode=503"));
        Assert.DoesNotContain(_harness.Logs.Lines, line => line.Contains(FakeGraphServer.AccessToken) || line.Contains(FakeGraphServer.ClientSecret));
        await AssertKeptLocallyAsync(e, document);
    }

    [Fact]
    public async Task A_request_that_gets_no_answer_in_time_fails_with_a_time_out_message()
    {
        Graph.Server.Given(Request.Create().WithPath(PlanPath).UsingPut())
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-1", "plan.docx")).WithDelay(TimeSpan.FromSeconds(3)));
        var document = GraphStoreHarness.Word("plan.docx", 1000);

        var (save, waits) = await _harness.SaveThroughWaitsAsync(document, timingOut: 0);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => save);
        Assert.Equal("Microsoft Graph antwoordde niet binnen 300 seconden (time-out, Documents:Graph:Timeout).", e.Problem);
        Assert.Equal([GraphStoreHarness.RequestTimeout], waits);
        await AssertKeptLocallyAsync(e, document);
    }

    [Fact]
    public async Task A_failing_upload_session_is_deleted_so_no_partial_file_remains()
    {
        StartUploadSession("groot.docx", "sessie-2");
        Graph.Server.Given(Request.Create().WithPath("/upload-sessions/sessie-2").UsingPut().WithHeader("Content-Range", $"bytes 0-{ChunkBytes - 1}/{SixMegabytes}"))
            .RespondWith(FakeGraphServer.Json(202, new { nextExpectedRanges = new[] { $"{ChunkBytes}-" } }));
        Graph.Server.Given(Request.Create().WithPath("/upload-sessions/sessie-2").UsingPut().WithHeader("Content-Range", $"bytes {ChunkBytes}-{SixMegabytes - 1}/{SixMegabytes}"))
            .RespondWith(Response.Create().WithStatusCode(503));
        Graph.Server.Given(Request.Create().WithPath("/upload-sessions/sessie-2").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        var document = GraphStoreHarness.Word("groot.docx", SixMegabytes);

        var (save, waits) = await _harness.SaveThroughWaitsAsync(document);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => save);
        Assert.Equal("Microsoft Graph is tijdelijk niet beschikbaar (503), ook na 4 pogingen; probeer het later opnieuw.", e.Problem);
        Assert.Equal(3, waits.Count);
        Assert.Equal(1 + 4, Graph.Requests("PUT", "/upload-sessions/sessie-2").Count);
        Assert.Single(Graph.Requests("DELETE", "/upload-sessions/sessie-2"));
        await AssertKeptLocallyAsync(e, document);
    }

    [Fact]
    public async Task An_upload_session_chunk_that_times_out_also_deletes_the_session()
    {
        StartUploadSession("groot.docx", "sessie-3");
        Graph.Server.Given(Request.Create().WithPath("/upload-sessions/sessie-3").UsingPut())
            .RespondWith(FakeGraphServer.Json(202, new { nextExpectedRanges = new[] { $"{ChunkBytes}-" } }).WithDelay(TimeSpan.FromSeconds(3)));
        Graph.Server.Given(Request.Create().WithPath("/upload-sessions/sessie-3").UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        var document = GraphStoreHarness.Word("groot.docx", SixMegabytes);

        var (save, _) = await _harness.SaveThroughWaitsAsync(document, timingOut: 1); // 0 creates the session, 1 is the first chunk

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => save);
        Assert.Equal("Microsoft Graph antwoordde niet binnen 300 seconden (time-out, Documents:Graph:Timeout).", e.Problem);
        Assert.Single(Graph.Requests("DELETE", "/upload-sessions/sessie-3"));
        await AssertKeptLocallyAsync(e, document);
    }

    [Fact]
    public async Task A_refused_sign_in_names_the_tenant_and_app_to_check()
    {
        Graph.Server.Given(Request.Create().WithPath(FakeGraphServer.TokenPath).UsingPost()).AtPriority(0)
            .RespondWith(FakeGraphServer.Json(401, new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }));
        var document = GraphStoreHarness.Word("plan.docx", 1000);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => _harness.SaveAsync(document));

        Assert.Equal($"Aanmelden bij Microsoft Entra ID is mislukt voor tenant '{FakeGraphServer.TenantId}' en app '{FakeGraphServer.ClientId}': controleer Documents:Graph:TenantId, Documents:Graph:ClientId en of het geheim of certificaat nog geldig is.", e.Problem);
        Assert.Empty(Graph.Requests("PUT", PlanPath));
        await AssertKeptLocallyAsync(e, document);
    }

    [Fact]
    public async Task Missing_settings_are_listed_by_their_configuration_keys()
    {
        using var harness = new GraphStoreHarness(graph =>
        {
            graph.DriveId = "";
            graph.ClientSecret = null;
        });
        var document = GraphStoreHarness.Word("plan.docx", 1000);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => harness.SaveAsync(document));

        Assert.Equal("Opslag via Microsoft Graph is niet goed ingesteld: Documents:Graph:DriveId ontbreekt; stel Documents:Graph:ClientSecret, Documents:Graph:CertificatePath of Documents:Graph:UseManagedIdentity in.", e.Problem);
        await AssertKeptLocallyAsync(harness, e, document);
    }

    [Fact]
    public async Task A_pdf_Graph_cannot_make_is_reported_with_the_address_of_the_stored_document()
    {
        Graph.Server.Given(Request.Create().WithPath(PlanPath).UsingPut())
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-1", "plan.docx")));
        Graph.Server.Given(Request.Create().WithPath($"/v1.0/drives/{FakeGraphServer.DriveId}/items/item-1/content").UsingGet())
            .RespondWith(FakeGraphServer.Json(406, FakeGraphServer.Error("notSupported", "Conversion is not supported")));
        var document = GraphStoreHarness.Word("plan.docx", 1000, alsoPdf: true);

        var e = await Assert.ThrowsAsync<DocumentStoreException>(() => _harness.SaveAsync(document));

        Assert.Equal("De PDF van 'plan.docx' kon niet worden gemaakt: Microsoft Graph kan dit document niet omzetten (406). Het document zelf staat wel in de documentbibliotheek (https://contoso.sharepoint.com/sites/inkoop/Gedeelde%20documenten/Uitvoeringsplannen/plan.docx).", e.Problem);
        await AssertKeptLocallyAsync(e, document);
    }

    public void Dispose() => _harness.Dispose();

    private void FailPlanUpload(int status, string code) =>
        Graph.Server.Given(Request.Create().WithPath(PlanPath).UsingPut())
            .RespondWith(FakeGraphServer.Json(status, FakeGraphServer.Error(code, "Graph says no")));

    private void StartUploadSession(string fileName, string session) =>
        Graph.Server.Given(Request.Create().WithPath(FakeGraphServer.ItemPath(fileName) + "/createUploadSession").UsingPost())
            .RespondWith(FakeGraphServer.Json(200, new { uploadUrl = Graph.UploadUrl(session), expirationDateTime = "2099-01-01T00:00:00Z", nextExpectedRanges = new[] { "0-" } }));

    private Task AssertKeptLocallyAsync(DocumentStoreException e, DocumentToStore document) => AssertKeptLocallyAsync(_harness, e, document);

    private static async Task AssertKeptLocallyAsync(GraphStoreHarness harness, DocumentStoreException e, DocumentToStore document)
    {
        Assert.Equal(Path.Combine(harness.LocalFolder, document.FileName), e.LocalPath);
        Assert.Equal(document.Content, await File.ReadAllBytesAsync(e.LocalPath!));
        Assert.EndsWith($"Het document is lokaal bewaard in '{e.LocalPath}'.", e.Message);
    }
}
