using TeamBot.Core.Documents.Storage;

namespace TeamBot.Microsoft365;

/// <summary>
/// Stores documents in a Microsoft 365 document library through Microsoft Graph. Every document is first written to
/// the local folder, so a failed upload never loses it; the exception then says where that copy is.
/// </summary>
public sealed class GraphDriveStore(LocalFolderStore localStore, GraphDriveUploader uploader, GraphConnection connection, ILogger<GraphDriveStore> logger) : IDocumentStore
{
    private const string PdfContentType = "application/pdf";

    public async Task<StoredDocument> SaveAsync(DocumentToStore document, CancellationToken ct)
    {
        var local = await localStore.SaveAsync(document with { AlsoPdf = false }, ct);
        var name = DocumentFileName.Sanitize(document.FileName);
        var item = await ExplainFailuresAsync(GraphStep.Upload, name, document.ConflictBehavior, local.LocalPath, "",
            () => uploader.UploadAsync(name, document.Content, document.ContentType, document.ConflictBehavior, ct));
        logger.StoredInGraph(item.Name);
        var stored = new StoredDocument(item.Name ?? name, item.WebUrl, local.LocalPath, ItemId: item.Id);
        return document.AlsoPdf ? await AddPdfAsync(stored, document.ConflictBehavior, ct) : stored;
    }

    /// <summary>Graph converts the stored item; the PDF is kept locally too and uploaded beside the document.</summary>
    private async Task<StoredDocument> AddPdfAsync(StoredDocument stored, ConflictBehavior conflict, CancellationToken ct)
    {
        var pdfName = DocumentFileName.WithExtension(stored.Name, ".pdf");
        var alreadyStored = $" Het document zelf staat wel in de documentbibliotheek ({stored.WebUrl}).";
        var pdf = await ExplainFailuresAsync(GraphStep.PdfConversion, stored.Name, conflict, stored.LocalPath, alreadyStored,
            () => uploader.DownloadAsPdfAsync(stored.ItemId!, ct));
        var localPdf = await localStore.SaveAsync(new DocumentToStore(pdfName, pdf, PdfContentType) { ConflictBehavior = conflict }, ct);
        var pdfItem = await ExplainFailuresAsync(GraphStep.Upload, pdfName, conflict, stored.LocalPath, alreadyStored,
            () => uploader.UploadAsync(pdfName, pdf, PdfContentType, conflict, ct));
        return stored with { PdfWebUrl = pdfItem.WebUrl, PdfLocalPath = localPdf.LocalPath };
    }

    private async Task<T> ExplainFailuresAsync<T>(GraphStep step, string fileName, ConflictBehavior conflict, string? localPath, string addendum, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (GraphFailureMessages.Describe(e, connection.Options, step, fileName, conflict) is { } failure)
        {
            logger.GraphStepFailed(e, step, fileName, failure.StatusCode);
            var problem = step == GraphStep.PdfConversion ? $"De PDF van '{fileName}' kon niet worden gemaakt: {failure.Problem}" : failure.Problem;
            throw new DocumentStoreException(problem + addendum, localPath, failure.StatusCode, e);
        }
    }
}
