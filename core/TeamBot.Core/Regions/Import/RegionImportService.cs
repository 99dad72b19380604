using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using TeamBot.Core.ContractDocuments;
using TeamBot.Core.Storage;

namespace TeamBot.Core.Regions.Import;

/// <summary>
/// The import use case: parse the workbook and documents, and only when both are flawless,
/// replace the stored region data and record what changed.
/// </summary>
public sealed class RegionImportService(
    IRegionStore store,
    ContractDocumentFolderReader documentReader,
    RegionCalendar calendar,
    ILogger<RegionImportService> logger)
{
    /// <summary>The folder beside a workbook that holds its contract documents, when no folder is named.</summary>
    public const string DefaultDocumentsFolderName = "documenten";

    public async Task<ImportOutcome> ImportFileAsync(string workbookPath, string? documentsFolder, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(workbookPath);
        if (!File.Exists(workbookPath))
            return Failed(ImportProblem.InFile(workbookPath, "Het bestand bestaat niet."));
        var content = await File.ReadAllBytesAsync(workbookPath, cancellationToken);
        documentsFolder ??= DocumentsBeside(workbookPath);
        return await ImportAsync(fileName, content, documentsFolder, cancellationToken);
    }

    /// <param name="documentsFolder">Null keeps the documents stored now.</param>
    public async Task<ImportOutcome> ImportAsync(string fileName, byte[] content, string? documentsFolder, CancellationToken cancellationToken = default)
    {
        var now = calendar.Now;
        var parsed = RegionWorkbookParser.Parse(fileName, content, calendar.DateOf(now));
        var documents = documentsFolder is null ? null : documentReader.ReadFolder(documentsFolder);
        var problems = parsed.Problems.Concat(documents?.Problems ?? []).ToList();
        if (problems.Count > 0 || parsed.Data is null)
        {
            logger.ImportRefused(fileName, problems.Count);
            return new ImportOutcome(null, problems);
        }

        var current = await store.LoadAsync(cancellationToken);
        var data = parsed.Data with { Documents = documents?.Documents ?? current.Documents };
        var record = new ImportRecord(0, now, fileName, Sha256(content), data.Counts,
            ContractChangeDetector.Compare(current.Contracts, data.Contracts));
        var stored = await store.ReplaceAsync(data, record, cancellationToken);
        logger.Imported(fileName, data.Contracts.Count, record.Changes.Count);
        return new ImportOutcome(stored, []);
    }

    private static string? DocumentsBeside(string workbookPath)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(workbookPath))!, DefaultDocumentsFolderName);
        return Directory.Exists(folder) ? folder : null;
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static ImportOutcome Failed(ImportProblem problem) => new(null, [problem]);
}
