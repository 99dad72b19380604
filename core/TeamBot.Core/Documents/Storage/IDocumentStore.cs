namespace TeamBot.Core.Documents.Storage;

/// <summary>Keeps a rendered document: in a local folder (the default) or in a Microsoft 365 document library.</summary>
public interface IDocumentStore
{
    /// <summary>Stores the document; throws <see cref="DocumentStoreException"/> with a Dutch message when it cannot.</summary>
    Task<StoredDocument> SaveAsync(DocumentToStore document, CancellationToken ct);
}
