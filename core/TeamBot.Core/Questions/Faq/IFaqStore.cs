namespace TeamBot.Core.Questions.Faq;

public interface IFaqStore
{
    /// <summary>Adds the entry, or replaces the answer of the entry with the same question key.</summary>
    Task<FaqEntry> SaveAsync(FaqEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FaqEntry>> ListAsync(CancellationToken cancellationToken = default);
}
