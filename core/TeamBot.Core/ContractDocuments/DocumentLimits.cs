namespace TeamBot.Core.ContractDocuments;

/// <summary>
/// What the contract documents of one import may hold. A DVO or toekenningsinstructie is tens of pages; these leave
/// room for the largest, while a 100 MB pdf no longer takes minutes to refuse.
/// </summary>
public sealed record DocumentLimits(long MaxFileBytes, int MaxPdfPages, long MaxTextCharactersPerImport)
{
    public static DocumentLimits Default { get; } = new(MaxFileBytes: 50L * 1024 * 1024, MaxPdfPages: 1_000, MaxTextCharactersPerImport: 20_000_000);
}
