using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// The templates in <see cref="DocumentTemplateOptions.TemplatesPath"/>: found by name (file name without .docx or .xml),
/// never by a path, so a name cannot reach outside the folder.
/// </summary>
public sealed class DocumentTemplateLibrary(IOptions<DocumentTemplateOptions> options)
{
    private static readonly string[] Extensions = [".docx", ".xml"];
    private readonly ConcurrentDictionary<(string Path, DateTime Written, long Length), IReadOnlyList<string>> fieldsByVersion = new();

    public string Folder => options.Value.ResolvedTemplatesPath;

    /// <summary>Where images of plan text without a file come from; null: nowhere (see <see cref="DocumentTemplateOptions.PlanImagesPath"/>).</summary>
    public string? PlanImagesFolder => options.Value.ResolvedPlanImagesPath;

    /// <summary>Every template, by name, with the data fields its tags use.</summary>
    public IReadOnlyList<DocumentTemplateInfo> List() =>
        Files().Select(file => new DocumentTemplateInfo(NameOf(file), file.Name, FieldsOf(file))).ToList();

    /// <summary>The template called <paramref name="name"/>, or a Dutch problem naming the templates there are.</summary>
    internal (TemplateFile? Template, string? Problem) Find(string name)
    {
        var files = Files();
        var file = files.FirstOrDefault(f => NameOf(f).Equals(name?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (file is not null) return (new TemplateFile(NameOf(file), file.Name, File.ReadAllBytes(file.FullName)), null);
        var names = files.Select(NameOf).ToList();
        var known = names.Count == 0 ? $"De map '{Folder}' bevat geen sjablonen (.docx of .xml)." : $"Beschikbare sjablonen: {string.Join(", ", names)}.";
        return (null, $"Het sjabloon '{name}' bestaat niet.{Language.NameSuggestion.Hint(name ?? "", names)} {known}");
    }

    private List<FileInfo> Files()
    {
        var folder = new DirectoryInfo(Folder);
        if (!folder.Exists) return [];
        return folder.EnumerateFiles()
            .Where(f => Extensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase) && !f.Name.StartsWith("~$", StringComparison.Ordinal))
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Scanning parses the whole document, so the result is kept until the file changes.</summary>
    private IReadOnlyList<string> FieldsOf(FileInfo file) =>
        fieldsByVersion.GetOrAdd((file.FullName, file.LastWriteTimeUtc, file.Length), _ => TemplateFieldScanner.Scan(File.ReadAllBytes(file.FullName)));

    private static string NameOf(FileInfo file) => Path.GetFileNameWithoutExtension(file.Name);
}
