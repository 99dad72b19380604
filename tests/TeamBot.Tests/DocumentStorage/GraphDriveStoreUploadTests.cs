using System.Text.Json;
using TeamBot.Core.Documents.Storage;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace TeamBot.Tests.DocumentStorage;

public sealed class GraphDriveStoreUploadTests : IDisposable
{
    private const int SixMegabytes = 6 * 1024 * 1024;
    private const int ChunkBytes = 16 * 320 * 1024;

    private readonly GraphStoreHarness _harness = new();

    private FakeGraphServer Graph => _harness.Graph;

    [Theory]
    [InlineData(ConflictBehavior.Rename, "rename")]
    [InlineData(ConflictBehavior.Replace, "replace")]
    public async Task A_small_document_goes_up_in_one_signed_request_with_its_conflict_behaviour_and_exact_bytes(ConflictBehavior conflict, string expected)
    {
        var path = FakeGraphServer.ContentPath("plan.docx");
        Graph.Server.Given(Request.Create().WithPath(path).UsingPut())
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-1", "plan.docx")));
        var document = GraphStoreHarness.Word("plan.docx", 50_000, conflict);

        var stored = await _harness.SaveAsync(document);

        Assert.Equal("plan.docx", stored.Name);
        Assert.Equal("item-1", stored.ItemId);
        Assert.Equal("https://contoso.sharepoint.com/sites/inkoop/Gedeelde%20documenten/Uitvoeringsplannen/plan.docx", stored.WebUrl);
        var upload = Assert.Single(Graph.Requests("PUT", path)).RequestMessage;
        Assert.Equal("Bearer " + FakeGraphServer.AccessToken, Assert.Single(upload.Headers!["Authorization"]));
        Assert.Equal(expected, Assert.Single(upload.Query!["@microsoft.graph.conflictBehavior"]));
        Assert.Equal(DocumentToStore.WordContentType, Assert.Single(upload.Headers!["Content-Type"]));
        Assert.Equal(document.Content, upload.BodyAsBytes);
        var token = Assert.Single(Graph.TokenRequests).RequestMessage.Body!;
        Assert.Contains("grant_type=client_credentials", token);
        Assert.Contains("client_id=" + FakeGraphServer.ClientId, token);
    }

    [Fact]
    public async Task An_app_certificate_signs_in_instead_of_a_secret()
    {
        using var folder = new TeamBot.Tests.Support.TempDirectory();
        var certificatePath = folder.File("teambot.pfx");
        await File.WriteAllBytesAsync(certificatePath, TestServerCertificate.Value.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "wachtwoord"));
        using var harness = new GraphStoreHarness(graph =>
        {
            graph.ClientSecret = null;
            graph.CertificatePath = certificatePath;
            graph.CertificatePassword = "wachtwoord";
        });
        harness.Graph.Server.Given(Request.Create().WithPath(FakeGraphServer.ContentPath("plan.docx")).UsingPut())
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-1", "plan.docx")));

        var stored = await harness.SaveAsync(GraphStoreHarness.Word("plan.docx", 100));

        Assert.Equal("item-1", stored.ItemId);
        var token = Assert.Single(harness.Graph.TokenRequests).RequestMessage.Body!;
        Assert.Contains("client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer", token);
        Assert.DoesNotContain("client_secret", token);
    }

    [Fact]
    public async Task The_document_is_kept_in_the_local_folder_as_well()
    {
        Graph.Server.Given(Request.Create().WithPath(FakeGraphServer.ContentPath("plan.docx")).UsingPut())
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-1", "plan.docx")));
        var document = GraphStoreHarness.Word("plan.docx", 1000);

        var stored = await _harness.SaveAsync(document);

        Assert.Equal(Path.Combine(_harness.LocalFolder, "plan.docx"), stored.LocalPath);
        Assert.Equal(document.Content, await File.ReadAllBytesAsync(stored.LocalPath!));
    }

    [Fact]
    public async Task A_name_with_spaces_addresses_the_item_by_path_and_the_name_Graph_chose_is_returned()
    {
        const string name = "Uitvoeringsplan Jeugd 2026.docx";
        Graph.Server.Given(Request.Create().WithPath(FakeGraphServer.ContentPath(name)).UsingPut())
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-7", "Uitvoeringsplan Jeugd 2026 1.docx")));

        var stored = await _harness.SaveAsync(GraphStoreHarness.Word(name, 100));

        Assert.Equal("Uitvoeringsplan Jeugd 2026 1.docx", stored.Name);
        Assert.Single(Graph.Requests("PUT", FakeGraphServer.ContentPath(name)));
    }

    [Theory]
    [InlineData(ConflictBehavior.Rename, "rename")]
    [InlineData(ConflictBehavior.Replace, "replace")]
    public async Task A_six_megabyte_document_goes_up_through_an_upload_session_in_ranged_chunks(ConflictBehavior conflict, string expected)
    {
        var sessionPath = FakeGraphServer.ItemPath("groot.docx") + "/createUploadSession";
        var uploadUrl = Graph.UploadUrl("sessie-1");
        Graph.Server.Given(Request.Create().WithPath(sessionPath).UsingPost())
            .RespondWith(FakeGraphServer.Json(200, new { uploadUrl, expirationDateTime = "2099-01-01T00:00:00Z", nextExpectedRanges = new[] { "0-" } }));
        Graph.Server.Given(Request.Create().WithPath("/upload-sessions/sessie-1").UsingPut().WithHeader("Content-Range", $"bytes 0-{ChunkBytes - 1}/{SixMegabytes}"))
            .RespondWith(FakeGraphServer.Json(202, new { nextExpectedRanges = new[] { $"{ChunkBytes}-" } }));
        Graph.Server.Given(Request.Create().WithPath("/upload-sessions/sessie-1").UsingPut().WithHeader("Content-Range", $"bytes {ChunkBytes}-{SixMegabytes - 1}/{SixMegabytes}"))
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-9", "groot.docx")));
        var document = GraphStoreHarness.Word("groot.docx", SixMegabytes, conflict);

        var stored = await _harness.SaveAsync(document);

        Assert.Equal("item-9", stored.ItemId);
        Assert.EndsWith("/Uitvoeringsplannen/groot.docx", stored.WebUrl);
        var create = Assert.Single(Graph.Requests("POST", sessionPath)).RequestMessage;
        using var body = JsonDocument.Parse(create.Body!);
        Assert.Equal(expected, body.RootElement.GetProperty("item").GetProperty("@microsoft.graph.conflictBehavior").GetString());
        var chunks = Graph.Requests("PUT", "/upload-sessions/sessie-1").Select(e => e.RequestMessage).ToList();
        Assert.Equal([$"bytes 0-{ChunkBytes - 1}/{SixMegabytes}", $"bytes {ChunkBytes}-{SixMegabytes - 1}/{SixMegabytes}"],
            chunks.Select(c => Assert.Single(c.Headers!["Content-Range"])));
        Assert.Equal(document.Content, chunks.SelectMany(c => c.BodyAsBytes!).ToArray());
        Assert.All(chunks, c => Assert.False(c.Headers!.ContainsKey("Authorization"), "the upload URL must not get the Graph token"));
        Assert.Empty(Graph.Requests("PUT", FakeGraphServer.ContentPath("groot.docx")));
    }

    [Fact]
    public async Task With_a_pdf_asked_Graph_converts_the_stored_item_and_the_pdf_is_uploaded_beside_it_and_kept_locally()
    {
        var pdf = "%PDF-1.7 door Graph omgezet"u8.ToArray();
        Graph.Server.Given(Request.Create().WithPath(FakeGraphServer.ContentPath("plan.docx")).UsingPut())
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-1", "plan.docx")));
        Graph.Server.Given(Request.Create().WithPath($"/v1.0/drives/{FakeGraphServer.DriveId}/items/item-1/content").WithParam("format", "pdf").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", Graph.Url + "/downloads/plan.pdf"));
        Graph.Server.Given(Request.Create().WithPath("/downloads/plan.pdf").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/pdf").WithBody(pdf));
        Graph.Server.Given(Request.Create().WithPath(FakeGraphServer.ContentPath("plan.pdf")).UsingPut())
            .RespondWith(FakeGraphServer.Json(201, FakeGraphServer.Item("item-2", "plan.pdf")));

        var stored = await _harness.SaveAsync(GraphStoreHarness.Word("plan.docx", 2000, alsoPdf: true));

        Assert.EndsWith("/Uitvoeringsplannen/plan.pdf", stored.PdfWebUrl);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(stored.PdfLocalPath!));
        Assert.Equal(pdf, Assert.Single(Graph.Requests("PUT", FakeGraphServer.ContentPath("plan.pdf"))).RequestMessage.BodyAsBytes);
        Assert.Equal(0, _harness.Pdf.Calls);
        Assert.Equal(["plan.docx", "plan.pdf"], _harness.LocalFiles());
    }

    public void Dispose() => _harness.Dispose();
}
