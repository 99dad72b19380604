using TeamBot.Core.Documents.Storage;

namespace TeamBot.Core.PlanDocuments;

/// <summary>
/// Publishing a plan document, the same for the command line and HTTP: render; with <c>store</c>, save the .docx (and,
/// with <c>pdf</c>, its PDF) through the document store; with <c>pdf</c> alone, make the PDF here and hand it back.
/// </summary>
public sealed class PlanPublication(PlanDocumentService documents, IDocumentStore store, IPdfConverter pdfConverter)
{
    /// <param name="fileName">The name to store under; null: the name the rendering gives (after the plan).</param>
    /// <param name="storeAs">A store acting as the signed-in user (On-Behalf-Of); null: the configured store, as the app.</param>
    public async Task<PlanPublicationResult> PublishAsync(
        PlanSource source, string templateName, bool storeDocument, bool pdf, string? fileName = null, IDocumentStore? storeAs = null,
        CancellationToken cancellationToken = default)
    {
        var rendered = source.Path is { } path
            ? await documents.RenderFileAsync(path, templateName, cancellationToken)
            : await documents.RenderAsync(source.Yaml!, source.FileName, templateName, cancellationToken);
        if (!rendered.Succeeded) return new PlanPublicationResult(rendered, PlanPublicationFailure.BadInput, rendered.Problems);
        if (fileName is not null) rendered = rendered with { FileName = fileName };
        if (storeDocument) return await StoreAsync(storeAs ?? store, rendered, pdf, cancellationToken);
        return pdf ? await ConvertAsync(rendered, cancellationToken) : new PlanPublicationResult(rendered, PlanPublicationFailure.None, []);
    }

    private static async Task<PlanPublicationResult> StoreAsync(IDocumentStore store, PlanDocumentResult rendered, bool pdf, CancellationToken cancellationToken)
    {
        try
        {
            var toStore = new DocumentToStore(rendered.FileName, rendered.Document!, DocumentToStore.WordContentType) { AlsoPdf = pdf };
            var stored = await store.SaveAsync(toStore, cancellationToken);
            return new PlanPublicationResult(rendered, PlanPublicationFailure.None, [], Stored: stored);
        }
        catch (DocumentStoreException e)
        {
            return new PlanPublicationResult(rendered, PlanPublicationFailure.StoreFailed, [e.Message]);
        }
    }

    private async Task<PlanPublicationResult> ConvertAsync(PlanDocumentResult rendered, CancellationToken cancellationToken)
    {
        try
        {
            var pdf = await pdfConverter.ConvertToPdfAsync(rendered.Document!, rendered.FileName, cancellationToken);
            return new PlanPublicationResult(rendered, PlanPublicationFailure.None, [], Pdf: pdf);
        }
        catch (PdfConversionException e)
        {
            return new PlanPublicationResult(rendered, PlanPublicationFailure.PdfFailed, [e.Message]);
        }
    }
}
