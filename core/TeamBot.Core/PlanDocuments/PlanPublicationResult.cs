using TeamBot.Core.Documents.Storage;

namespace TeamBot.Core.PlanDocuments;

/// <param name="Rendered">The rendering; its document is there whenever the failure is not <see cref="PlanPublicationFailure.BadInput"/>.</param>
/// <param name="Stored">Where the document store put it, when storing was asked and succeeded.</param>
/// <param name="Pdf">The PDF made on this machine, when a PDF was asked without storing.</param>
/// <param name="Problems">In Dutch: the located plan and template problems, or what the store or PDF conversion said.</param>
public sealed record PlanPublicationResult(
    PlanDocumentResult Rendered,
    PlanPublicationFailure Failure,
    IReadOnlyList<string> Problems,
    StoredDocument? Stored = null,
    byte[]? Pdf = null)
{
    public bool Succeeded => Failure == PlanPublicationFailure.None;

    /// <summary>The file name the document goes by: the stored one when stored.</summary>
    public string FileName => Stored?.Name ?? Rendered.FileName;
}
