namespace TeamBot.Core.ContractDocuments;

/// <summary>A contract document (DVO, protocol, instructie) split into sections by its headings.</summary>
public sealed record ContractDocument(
    string Title,
    string FileName,
    string Sha256,
    IReadOnlyList<DocumentSection> Sections);
