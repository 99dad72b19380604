namespace TeamBot.Core.Documents.Storage;

/// <summary>Where a document ended up.</summary>
/// <param name="Name">The name it was stored under (after renaming on a conflict).</param>
/// <param name="WebUrl">The document library's web address, or a file:// URI for the local folder.</param>
/// <param name="LocalPath">The local copy, if one was written.</param>
/// <param name="PdfWebUrl">The PDF's web address, when a PDF was asked for.</param>
/// <param name="PdfLocalPath">The PDF's local copy, when a PDF was asked for.</param>
/// <param name="ItemId">The drive item id in the document library; null for the local folder.</param>
public sealed record StoredDocument(
    string Name,
    string? WebUrl,
    string? LocalPath,
    string? PdfWebUrl = null,
    string? PdfLocalPath = null,
    string? ItemId = null);
