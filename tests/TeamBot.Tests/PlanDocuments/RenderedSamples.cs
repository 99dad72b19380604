namespace TeamBot.Tests.PlanDocuments;

/// <summary>
/// Each shipped template rendered with its sample plan, converted by LibreOffice to PDF and PNG pages in
/// artifacts/documents/ (for a person to look at), and read back as text. Done once for all tests of the class.
/// </summary>
public sealed class RenderedSamples : IAsyncLifetime
{
    /// <summary>One rendering for every class that reads the samples: each would otherwise clear the same artifacts folder.</summary>
    public const string Collection = "rendered samples";

    public static readonly IReadOnlyList<(string Template, string Plan)> Samples =
    [
        ("uitvoeringsplan-jeugd", "uitvoeringsplan-jeugd-2021.yaml"),
        ("uitvoeringsplan-wmo", "uitvoeringsplan-wmo-2023.yaml"),
        ("evaluatie", "evaluatie-2019.yaml"),
    ];

    private readonly Dictionary<string, RenderedSample> _byTemplate = [];

    public RenderedSample this[string template] => _byTemplate[template];

    public async Task InitializeAsync()
    {
        var folder = PdfTools.ArtifactsFolder;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        await using var host = await PlanDocumentTestHost.StartAsync();
        foreach (var (template, plan) in Samples)
        {
            var result = await host.Documents.RenderFileAsync(PlanDocumentTestHost.ShippedPlan(plan), template);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            await File.WriteAllBytesAsync(Path.Combine(folder, template + ".docx"), result.Document!);
        }
        await PdfTools.ConvertToPdfAsync(folder);
        foreach (var (template, _) in Samples) _byTemplate[template] = await ReadBackAsync(folder, template);
    }

    private static async Task<RenderedSample> ReadBackAsync(string folder, string template)
    {
        var pdf = Path.Combine(folder, template + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice made no PDF of {template}.docx");
        await PdfTools.WritePagesAsync(pdf, folder);
        return new RenderedSample(
            await File.ReadAllBytesAsync(Path.Combine(folder, template + ".docx")),
            await PdfTools.TextAsync(pdf),
            await PdfTools.FontsAsync(pdf),
            await PdfTools.PageCountAsync(pdf));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(RenderedSamples.Collection)]
public sealed class RenderedSamplesGroup : ICollectionFixture<RenderedSamples>;
