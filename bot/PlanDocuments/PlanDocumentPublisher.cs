using TeamBot.Core.Documents.Storage;

namespace TeamBot.Bot.PlanDocuments;

/// <summary>Stores a rendered plan document through the configured <see cref="IDocumentStore"/>, or makes its PDF here.</summary>
public sealed class PlanDocumentPublisher(IDocumentStore store, IPdfConverter pdfConverter)
{
    /// <summary>Stores the .docx (and, when asked, its PDF) in the local folder or the document library; throws <see cref="DocumentStoreException"/>.</summary>
    public Task<StoredDocument> StoreAsync(string fileName, byte[] document, bool alsoPdf, CancellationToken cancellationToken) =>
        store.SaveAsync(new DocumentToStore(fileName, document, DocumentToStore.WordContentType) { AlsoPdf = alsoPdf }, cancellationToken);

    /// <summary>The PDF made by LibreOffice on this machine; throws <see cref="PdfConversionException"/>.</summary>
    public Task<byte[]> ToPdfAsync(string fileName, byte[] document, CancellationToken cancellationToken) =>
        pdfConverter.ConvertToPdfAsync(document, fileName, cancellationToken);
}
