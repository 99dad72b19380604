using TeamBot.Core.Formatting;
using TeamBot.Core.PlanDocuments;

namespace TeamBot.Bot.Cli;

/// <summary>
/// `teambot plan render`: renders the plan with a template into --out, then optionally stores it (--upload) and makes a PDF
/// (--pdf), through the same <see cref="PlanPublication"/> as HTTP. Bad plan data or template: exit 2 with every located
/// problem. A failed upload or PDF: exit 1; --out is kept.
/// </summary>
internal static class PlanRenderVerb
{
    public sealed record Request(string PlanPath, string Template, string OutPath, bool Upload, bool Pdf);

    public static async Task<int> RunAsync(string? dataOption, Request request, CancellationToken cancellationToken)
    {
        using var host = await CliServices.StartAsync(dataOption, loadSample: true, cancellationToken);
        var published = await host.Services.GetRequiredService<PlanPublication>()
            .PublishAsync(PlanSource.FromFile(request.PlanPath), request.Template, request.Upload, request.Pdf, Path.GetFileName(request.OutPath), cancellationToken: cancellationToken);
        if (published.Failure == PlanPublicationFailure.BadInput) return Refuse(published.Problems);
        if (!TryWrite(request.OutPath, published.Rendered.Document!)) return TeamBotCommandLine.ExitFailure;
        Console.WriteLine($"Document geschreven: {Path.GetFullPath(request.OutPath)}");
        foreach (var warning in published.Rendered.Warnings) Console.Error.WriteLine(warning);
        if (!published.Succeeded)
        {
            foreach (var problem in published.Problems) Console.Error.WriteLine(problem);
            return TeamBotCommandLine.ExitFailure;
        }
        return Report(published, request) ? TeamBotCommandLine.ExitOk : TeamBotCommandLine.ExitFailure;
    }

    private static bool Report(PlanPublicationResult published, Request request)
    {
        if (published.Stored is { } stored)
        {
            Console.WriteLine($"Opgeslagen: {stored.WebUrl}");
            if (stored.PdfWebUrl is not null) Console.WriteLine($"PDF opgeslagen: {stored.PdfWebUrl}");
        }
        if (published.Pdf is not { } pdf) return true;
        var pdfPath = Path.ChangeExtension(request.OutPath, ".pdf");
        if (!TryWrite(pdfPath, pdf)) return false;
        Console.WriteLine($"PDF geschreven: {Path.GetFullPath(pdfPath)}");
        return true;
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
        Console.Error.WriteLine($"Het document kan niet gemaakt worden: {DutchFormat.Count(problems.Count, "probleem", "problemen")} gevonden.");
        foreach (var problem in problems) Console.Error.WriteLine($"- {problem}");
        return TeamBotCommandLine.ExitBadInput;
    }
}
