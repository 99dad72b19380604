using System.Diagnostics;

namespace TeamBot.Tests.PlanDocuments;

/// <summary>LibreOffice and poppler, run as a person checking a document would: docx to PDF, PDF to text, fonts and PNG pages.</summary>
public static class PdfTools
{
    public static string ArtifactsFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "documents");

    /// <summary>Converts every .docx in <paramref name="folder"/> in one LibreOffice run, with a private profile.</summary>
    public static async Task ConvertToPdfAsync(string folder)
    {
        var profile = new Uri(Path.Combine(folder, ".lo-profile")).AbsoluteUri;
        string[] arguments = ["--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", folder];
        await RunAsync("soffice", [.. arguments, .. Directory.GetFiles(folder, "*.docx").Order()]);
    }

    public static Task<string> TextAsync(string pdf) => RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"]);

    public static Task<string> FontsAsync(string pdf) => RunAsync("pdffonts", [pdf]);

    public static async Task<int> PageCountAsync(string pdf)
    {
        var info = await RunAsync("pdfinfo", [pdf]);
        var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One PNG per page at 60 dpi, as NAME-01.png, NAME-02.png, …</summary>
    public static Task WritePagesAsync(string pdf, string folder) =>
        RunAsync("pdftoppm", ["-r", "60", "-png", pdf, Path.Combine(folder, Path.GetFileNameWithoutExtension(pdf))]);

    private static async Task<string> RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {await error}");
        return await output;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "TeamBot.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No TeamBot.sln above {AppContext.BaseDirectory}.");
    }
}
