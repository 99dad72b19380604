namespace TeamBot.Core.Questions.Faq;

/// <summary>
/// The standard answers, matched by meaning (<see cref="FaqMeaning"/>), reloaded at most every <see cref="RefreshInterval"/>
/// (so other instances' new entries arrive soon) and at once after this instance saves one.
/// </summary>
public sealed class FaqCache(IFaqStore store, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private List<(FaqEntry Entry, IReadOnlySet<string> Meaning)> _entries = [];
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    /// <summary>
    /// The standard answer whose question means the same: its content words overlap at least <see cref="FaqMeaning.Threshold"/>
    /// and it names the same aanbieders, producten and gemeenten (<paramref name="namesOf"/>), so an answer about
    /// Heerlen never answers a question about Kerkrade.
    /// </summary>
    public async ValueTask<FaqEntry?> FindAsync(string redactedQuestion, Func<string, IReadOnlySet<string>> namesOf, CancellationToken cancellationToken = default)
    {
        if (clock.GetUtcNow() - _loadedAt >= RefreshInterval) await ReloadAsync(cancellationToken);
        if (_entries.Count == 0) return null;
        var meaning = FaqMeaning.Of(redactedQuestion);
        var names = namesOf(redactedQuestion);
        return _entries
            .Select(e => (e.Entry, Overlap: FaqMeaning.Overlap(meaning, e.Meaning)))
            .Where(e => e.Overlap >= FaqMeaning.Threshold && names.SetEquals(namesOf(e.Entry.RedactedQuestion)))
            .OrderByDescending(e => e.Overlap).ThenByDescending(e => e.Entry.CreatedAt)
            .Select(e => e.Entry)
            .FirstOrDefault();
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
        _entries = entries.GroupBy(e => e.QuestionKey).Select(g => g.Last()).Select(e => (Entry: e, Meaning: FaqMeaning.Of(e.RedactedQuestion))).ToList();
        _loadedAt = clock.GetUtcNow();
    }
}
