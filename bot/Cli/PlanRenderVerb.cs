using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Documents;
using TeamBot.Bot.PlanDocuments;
using TeamBot.Core.Documents.Storage;
using TeamBot.Core.PlanDocuments;

namespace TeamBot.Bot.Cli;

/// <summary>
/// `teambot plan render`: renders the plan with a template into --out, then optionally stores it (--upload) and makes a PDF
/// (--pdf). Bad plan data or template: exit 2 with every located problem. A failed upload or PDF: exit 1; --out is kept.
/// </summary>
internal static class PlanRenderVerb
{
    public sealed record Request(string PlanPath, string Template, string OutPath, bool Upload, bool Pdf);

    public static async Task<int> RunAsync(string? dataOption, Request request, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.StartAsync(dataOption, loadSample: true, cancellationToken, Register);
        var rendered = await services.GetRequiredService<PlanDocumentService>().RenderFileAsync(request.PlanPath, request.Template, cancellationToken);
        if (!rendered.Succeeded) return Refuse(rendered.Problems);
        if (!TryWrite(request.OutPath, rendered.Document!)) return TeamBotCommandLine.ExitFailure;
        Console.WriteLine($"Document geschreven: {Path.GetFullPath(request.OutPath)}");
        try
        {
            await PublishAsync(services.GetRequiredService<PlanDocumentPublisher>(), request, rendered.Document!, cancellationToken);
            return TeamBotCommandLine.ExitOk;
        }
        catch (Exception e) when (e is DocumentStoreException or PdfConversionException)
        {
            Console.Error.WriteLine(e.Message);
            return TeamBotCommandLine.ExitFailure;
        }
    }

    private static void Register(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, string dataDirectory) =>
        services.AddDocumentStores(configuration, dataDirectory).AddPlanDocuments(configuration);

    private static async Task PublishAsync(PlanDocumentPublisher publisher, Request request, byte[] document, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(request.OutPath);
        if (request.Upload)
        {
            var stored = await publisher.StoreAsync(fileName, document, request.Pdf, cancellationToken);
            Console.WriteLine($"Opgeslagen: {stored.WebUrl}");
            if (stored.PdfWebUrl is not null) Console.WriteLine($"PDF opgeslagen: {stored.PdfWebUrl}");
        }
        else if (request.Pdf)
        {
            var pdfPath = Path.ChangeExtension(request.OutPath, ".pdf");
            var pdf = await publisher.ToPdfAsync(fileName, document, cancellationToken);
            if (TryWrite(pdfPath, pdf)) Console.WriteLine($"PDF geschreven: {Path.GetFullPath(pdfPath)}");
        }
    }

    private static bool TryWrite(string path, byte[] content)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
            File.WriteAllBytes(path, content);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"Het bestand '{path}' kan niet geschreven worden: {e.Message}");
            return false;
        }
    }

    private static int Refuse(IReadOnlyList<string> problems)
    {
        Console.Error.WriteLine($"Het document kan niet gemaakt worden: {problems.Count} {(problems.Count == 1 ? "probleem" : "problemen")} gevonden.");
        foreach (var problem in problems) Console.Error.WriteLine($"- {problem}");
        return TeamBotCommandLine.ExitBadInput;
    }
}
