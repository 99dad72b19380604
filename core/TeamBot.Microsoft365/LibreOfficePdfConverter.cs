using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using TeamBot.Core.Documents.Storage;

namespace TeamBot.Microsoft365;

/// <summary>Converts with LibreOffice headless (soffice --convert-to pdf) in a scratch folder, under a time limit.</summary>
public sealed class LibreOfficePdfConverter(IOptions<LibreOfficeOptions> options, TimeProvider clock, ILogger<LibreOfficePdfConverter> logger) : IPdfConverter
{
    public async Task<byte[]> ConvertToPdfAsync(byte[] document, string fileName, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("teambot-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, DocumentFileName.Sanitize(fileName));
            var output = Path.Combine(work.FullName, "pdf");
            await File.WriteAllBytesAsync(input, document, ct);
            await RunSofficeAsync(input, output, work.FullName, fileName, ct);
            var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(input) + ".pdf");
            if (!File.Exists(pdf)) throw new PdfConversionException($"LibreOffice maakte geen PDF van '{fileName}'; is het een geldig Word-document?");
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task RunSofficeAsync(string input, string outputFolder, string workFolder, string fileName, CancellationToken ct)
    {
        using var process = Start(Arguments(input, outputFolder, workFolder));
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var timeout = new CancellationTokenSource(options.Value.PdfTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested) throw;
            throw new PdfConversionException($"LibreOffice was na {options.Value.PdfTimeout.TotalSeconds:0} seconden nog niet klaar met '{fileName}'; de omzetting is afgebroken (Documents:PdfTimeout).");
        }
        if (process.ExitCode != 0)
        {
            var detail = (await errors).Trim();
            logger.SofficeFailed(process.ExitCode, detail);
            throw new PdfConversionException($"LibreOffice kon '{fileName}' niet naar PDF omzetten (afsluitcode {process.ExitCode}): {detail}");
        }
    }

    /// <summary>A private LibreOffice profile per run, so conversions in parallel (or beside a running LibreOffice) do not collide.</summary>
    private static IEnumerable<string> Arguments(string input, string outputFolder, string workFolder) =>
    [
        "--headless", "--norestore", "--nolockcheck", "--nodefault",
        $"-env:UserInstallation={new Uri(Path.Combine(workFolder, "profile")).AbsoluteUri}",
        "--convert-to", "pdf", "--outdir", outputFolder, input,
    ];

    private Process Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(options.Value.SofficePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            return Process.Start(start) ?? throw new Win32Exception("soffice did not start");
        }
        catch (Win32Exception e)
        {
            throw new PdfConversionException(
                $"LibreOffice is niet gevonden ('{options.Value.SofficePath}'): installeer LibreOffice (Debian: apt-get install libreoffice-writer) of zet Documents:SofficePath op het pad naar soffice.", e);
        }
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try { folder.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
