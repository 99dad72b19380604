using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamBot.Core.Documents.Storage;

/// <summary>Stores documents in a folder on this machine: the embedded default, and the safe copy kept before any upload.</summary>
public sealed class LocalFolderStore(IOptions<DocumentStoreOptions> options, IPdfConverter pdfConverter, ILogger<LocalFolderStore> logger) : IDocumentStore
{
    public const string DefaultFolderName = "documenten";
    private const int MaxCopyNumber = 9999;

    public string Folder => Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.LocalFolder) ? DefaultFolderName : options.Value.LocalFolder);

    public async Task<StoredDocument> SaveAsync(DocumentToStore document, CancellationToken ct)
    {
        var name = DocumentFileName.Sanitize(document.FileName);
        var path = await WriteAsync(name, document.Content, document.ConflictBehavior, ct);
        var stored = new StoredDocument(Path.GetFileName(path), ToFileUri(path), path);
        logger.StoredLocally(stored.Name, document.Content.Length);
        if (!document.AlsoPdf) return stored;
        var pdfPath = await WritePdfAsync(document, path, ct);
        return stored with { PdfWebUrl = ToFileUri(pdfPath), PdfLocalPath = pdfPath };
    }

    public static string ToFileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private async Task<string> WritePdfAsync(DocumentToStore document, string documentPath, CancellationToken ct)
    {
        byte[] pdf;
        try
        {
            pdf = await pdfConverter.ConvertToPdfAsync(document.Content, Path.GetFileName(documentPath), ct);
        }
        catch (PdfConversionException e)
        {
            throw new DocumentStoreException($"De PDF kon niet worden gemaakt: {e.Message}", documentPath, innerException: e);
        }
        var pdfName = DocumentFileName.WithExtension(Path.GetFileName(documentPath), ".pdf");
        return await WriteAsync(pdfName, pdf, document.ConflictBehavior, ct);
    }

    /// <summary>Writes to a temporary file in the same folder and then moves it into place, so no reader ever sees half a file.</summary>
    private async Task<string> WriteAsync(string name, byte[] content, ConflictBehavior conflict, CancellationToken ct)
    {
        var folder = Folder;
        var temp = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await WriteFullyAsync(temp, content, ct);
            return conflict == ConflictBehavior.Replace ? MoveReplacing(temp, Path.Combine(folder, name)) : MoveToFreeName(temp, folder, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentStoreException($"Het document '{name}' kon niet worden opgeslagen in de map '{folder}': {e.Message}", innerException: e);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    private static async Task WriteFullyAsync(string path, byte[] content, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await stream.WriteAsync(content, ct);
        stream.Flush(flushToDisk: true);
    }

    private static string MoveReplacing(string temp, string target)
    {
        File.Move(temp, target, overwrite: true);
        return target;
    }

    /// <summary>
    /// Tries "naam.docx", then "naam (1).docx" and so on. A name is claimed by creating it exclusively (atomic even
    /// between processes, unlike a move, which on Linux replaces silently); the finished temp file then takes its place.
    /// </summary>
    private static string MoveToFreeName(string temp, string folder, string name)
    {
        for (var number = 0; number <= MaxCopyNumber; number++)
        {
            var target = Path.Combine(folder, number == 0 ? name : DocumentFileName.WithNumber(name, number));
            if (!TryClaim(target)) continue;
            File.Move(temp, target, overwrite: true);
            return target;
        }
        throw new IOException($"er zijn al {MaxCopyNumber} documenten met de naam '{name}'");
    }

    private static bool TryClaim(string target)
    {
        if (Directory.Exists(target)) return false;
        try
        {
            using var claim = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
