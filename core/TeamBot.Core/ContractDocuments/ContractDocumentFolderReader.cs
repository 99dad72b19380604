using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TeamBot.Core.Formatting;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// Reads the contract documents (.md, .markdown, .txt, .docx, .pdf) of a folder and its subfolders, in ordinal
/// order of their relative path, and reports every file that cannot be used instead of stopping at the first.
/// Office lock files ("~$..."), hidden files and folders (".") and Thumbs.db/desktop.ini are skipped silently;
/// any other file type is reported, so nobody believes a document was imported when it was not.
/// </summary>
public sealed class ContractDocumentFolderReader
{
    private static readonly string[] SystemFileNames = ["Thumbs.db", "desktop.ini"];

    private static readonly EnumerationOptions AllFilesBelow = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    private readonly IReadOnlyList<IDocumentSectionSplitter> _splitters;

    private readonly ILogger _logger;
    private readonly DocumentLimits _limits;

    public ContractDocumentFolderReader(ILogger<ContractDocumentFolderReader>? logger = null, DocumentLimits? limits = null)
    {
        _logger = logger ?? NullLogger<ContractDocumentFolderReader>.Instance;
        _limits = limits ?? DocumentLimits.Default;
        _splitters = [new MarkdownSectionSplitter(), new PlainTextSectionSplitter(), new DocxSectionSplitter(), new PdfSectionSplitter(_limits.MaxPdfPages)];
    }

    /// <summary>Reads every supported file below <paramref name="folder"/>; FileName is relative to it, with '/'.</summary>
    public ContractDocumentFolderResult ReadFolder(string folder)
    {
        if (!Directory.Exists(folder)) return FolderProblem(folder, "De map met contractdocumenten bestaat niet.");
        List<SourceFile> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", AllFilesBelow).Select(path => new SourceFile(path, RelativeName(folder, path))).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return FolderProblem(folder, "De map met contractdocumenten kan niet worden gelezen; controleer de leesrechten.");
        }

        return Read(files);
    }

    /// <summary>Reads the given files; FileName is relative to the deepest folder that holds them all.</summary>
    public ContractDocumentFolderResult ReadFiles(IEnumerable<string> paths)
    {
        var fullPaths = paths.Select(Path.GetFullPath).Distinct().ToList();
        var baseFolder = CommonFolder(fullPaths);
        return Read(fullPaths.Select(path => new SourceFile(path, RelativeName(baseFolder, path))));
    }

    private ContractDocumentFolderResult Read(IEnumerable<SourceFile> files)
    {
        var documents = new List<ContractDocument>();
        var problems = new List<ImportProblem>();
        var fileByTitle = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        long text = 0;
        foreach (var file in files.Where(file => !IsSkippedSilently(file.Name)).OrderBy(file => file.Name, StringComparer.Ordinal))
        {
            try
            {
                var document = ReadDocument(file);
                text += document.Sections.Sum(section => (long)section.Text.Length);
                if (text > _limits.MaxTextCharactersPerImport)
                    throw new DocumentReadException(
                        $"Met dit document komt de tekst van de contractdocumenten boven {_limits.MaxTextCharactersPerImport.ToString("N0", DutchFormat.Culture)} tekens; het is overgeslagen. Haal bijlagen en oude versies uit de map.");
                // Search results cite the title, so two documents with one title could not be told apart.
                if (!fileByTitle.TryAdd(document.Title, file.Name))
                    throw new DocumentReadException(
                        $"Het document heeft dezelfde titel '{document.Title}' als '{fileByTitle[document.Title]}' en is overgeslagen. Geef elk document een eigen titel.");
                documents.Add(document);
            }
            catch (DocumentReadException exception)
            {
                problems.Add(ImportProblem.InFile(file.Name, exception.Message));
            }
        }

        return new ContractDocumentFolderResult(documents, problems);
    }

    private ContractDocument ReadDocument(SourceFile file)
    {
        var extension = Path.GetExtension(file.Name).ToLowerInvariant();
        var splitter = _splitters.FirstOrDefault(splitter => splitter.Extensions.Contains(extension))
            ?? throw new DocumentReadException(UnsupportedTypeMessage(extension));
        var document = Split(splitter, file.Name, ReadContent(file.Path, _limits.MaxFileBytes));
        if (document.Sections.All(section => section.Text.Length == 0)) throw new DocumentReadException(EmptyDocumentMessage(extension));
        return document;
    }

    private ContractDocument Split(IDocumentSectionSplitter splitter, string fileName, byte[] content)
    {
        try
        {
            return splitter.Split(fileName, content);
        }
        catch (Exception exception) when (ReadFailures.IsInputFailure(exception))
        {
            _logger.SplitterFailed(exception, fileName, splitter.GetType().Name);
            throw new DocumentReadException("Het bestand kon door een onverwachte fout niet worden verwerkt.", exception);
        }
    }

    private static byte[] ReadContent(string path, long maxBytes)
    {
        try
        {
            var size = new FileInfo(path).Length;
            if (size > maxBytes)
                throw new DocumentReadException(
                    $"Het bestand is {DutchFormat.Size(size)}; contractdocumenten boven {DutchFormat.Size(maxBytes)} worden niet gelezen. Lever het document zonder bijlagen of als kleinere pdf aan.");
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentReadException("Het bestand bestaat niet.", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(
                "Het bestand kan niet worden gelezen; misschien is het geopend in een ander programma of ontbreken leesrechten.", exception);
        }
    }

    private string UnsupportedTypeMessage(string extension)
    {
        var type = extension.Length == 0 ? "Bestanden zonder extensie worden" : $"Het bestandstype '{extension}' wordt";
        var supported = _splitters.SelectMany(splitter => splitter.Extensions).ToArray();
        var hint = extension == ".doc" ? " Sla het document in Word op als .docx." : "";
        return $"{type} niet gelezen als contractdocument.{hint} Gebruik {string.Join(", ", supported[..^1])} of {supported[^1]}, of haal het bestand uit de map.";
    }

    private static string EmptyDocumentMessage(string extension) =>
        extension == ".pdf"
            ? "Het document bevat geen tekst. Is het een scan zonder tekstlaag? Lever dan een doorzoekbare pdf aan."
            : "Het document bevat geen tekst.";

    private static bool IsSkippedSilently(string relativeName)
    {
        var segments = relativeName.Split('/');
        var fileName = segments[^1];
        return segments.Any(segment => segment.StartsWith('.'))
            || fileName.StartsWith("~$", StringComparison.Ordinal)
            || SystemFileNames.Contains(fileName, StringComparer.OrdinalIgnoreCase);
    }

    private static string RelativeName(string? folder, string path) =>
        (folder is null ? path : Path.GetRelativePath(folder, path)).Replace(Path.DirectorySeparatorChar, '/');

    private static string? CommonFolder(List<string> fullPaths)
    {
        if (fullPaths.Count == 0) return null;
        var folder = Path.GetDirectoryName(fullPaths[0]);
        while (folder is not null && !fullPaths.All(path => IsInside(folder, path))) folder = Path.GetDirectoryName(folder);
        return folder;
    }

    private static bool IsInside(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static ContractDocumentFolderResult FolderProblem(string folder, string message) =>
        new([], [ImportProblem.InFile(folder, message)]);

    private sealed record SourceFile(string Path, string Name);
}
