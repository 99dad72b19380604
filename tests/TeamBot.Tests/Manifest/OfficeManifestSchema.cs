using System.ComponentModel;
using System.Diagnostics;

namespace TeamBot.Tests.Manifest;

/// <summary>
/// Validates an Office add-in manifest offline with xmllint against the XSDs in ../shared/schemas/office-addin (beside
/// the checkout, as the node suites find shared/), the check `office-addin-manifest validate` cannot make without internet.
/// </summary>
public static class OfficeManifestSchema
{
    public const string RootSchema = "OfficeAppManifestV1_1.xsd";

    public sealed record Result(int ExitCode, string Messages)
    {
        public bool IsValid => ExitCode == 0;
    }

    public static string Folder()
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "schemas", "office-addin"));
        Assert.True(File.Exists(Path.Combine(folder, RootSchema)), $"The Office manifest schemas are not in {folder}: shared/ sits beside the checkout.");
        return folder;
    }

    public static async Task<Result> ValidateAsync(string manifest)
    {
        var file = Path.Combine(Path.GetTempPath(), $"teambot-office-manifest-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, manifest);
        try
        {
            return await ValidateFileAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>`xmllint --noout --schema OfficeAppManifestV1_1.xsd FILE`, run in the schemas folder so the imports resolve.</summary>
    public static async Task<Result> ValidateFileAsync(string file)
    {
        var start = new ProcessStartInfo("xmllint")
        {
            WorkingDirectory = Folder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--noout", "--nonet", "--schema", RootSchema, file }) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("xmllint is not installed: apt-get install libxml2-utils (test.sh does).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            return new Result(process.ExitCode, await output + await error);
        }
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "TeamBot.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No TeamBot.sln above {AppContext.BaseDirectory}.");
    }
}
