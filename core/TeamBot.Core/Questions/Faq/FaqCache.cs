namespace TeamBot.Core.Questions.Faq;

/// <summary>
/// The standard answers by question key, reloaded at most every <see cref="RefreshInterval"/> (so other
/// instances' new entries arrive soon) and at once after this instance saves one.
/// </summary>
public sealed class FaqCache(IFaqStore store, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private IReadOnlyDictionary<string, FaqEntry> _byKey = new Dictionary<string, FaqEntry>();
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    public async ValueTask<FaqEntry?> FindAsync(string redactedQuestion, CancellationToken cancellationToken = default)
    {
        if (clock.GetUtcNow() - _loadedAt >= RefreshInterval) await ReloadAsync(cancellationToken);
        return _byKey.GetValueOrDefault(FaqKey.Of(redactedQuestion));
    }

    public async Task<FaqEntry> SaveAsync(string redactedQuestion, string answer, long? ticketId, CancellationToken cancellationToken = default)
    {
        var entry = await store.SaveAsync(new FaqEntry(0, FaqKey.Of(redactedQuestion), redactedQuestion, answer, clock.GetUtcNow(), ticketId), cancellationToken);
        await ReloadAsync(cancellationToken);
        return entry;
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var entries = await store.ListAsync(cancellationToken);
        _byKey = entries.GroupBy(e => e.QuestionKey).ToDictionary(g => g.Key, g => g.Last());
        _loadedAt = clock.GetUtcNow();
    }
}
