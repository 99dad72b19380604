using TeamBot.Core.Regions.Import;

namespace TeamBot.Core.ContractDocuments;

/// <summary>The documents that could be read, and what was wrong with the others.</summary>
public sealed record ContractDocumentFolderResult(
    IReadOnlyList<ContractDocument> Documents,
    IReadOnlyList<ImportProblem> Problems);
