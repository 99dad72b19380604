using Microsoft.Extensions.Logging;
using TeamBot.Core.Storage;

namespace TeamBot.Core.Questions;

/// <summary>
/// Rebuilds the region knowledge (entity index, search index, redaction lexicon) when the stored data version
/// changes. The version is checked at most once per <see cref="CheckInterval"/>, so a question costs no database
/// round trip, and every host instance picks up an import within that interval.
/// </summary>
public sealed class RegionKnowledgeCache(IRegionStore store, TimeProvider clock, ILogger<RegionKnowledgeCache> logger) : IRegionKnowledgeProvider, IDisposable
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private RegionKnowledge? _current;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public void Dispose() => _rebuild.Dispose();

    public async ValueTask<RegionKnowledge> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is not null && clock.GetUtcNow() - _checkedAt < CheckInterval) return current;
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            return await RefreshAsync(cancellationToken);
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private async Task<RegionKnowledge> RefreshAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetDataVersionAsync(cancellationToken);
        if (_current is null || _current.DataVersion != version)
        {
            var data = await store.LoadAsync(cancellationToken);
            _current = new RegionKnowledge(data, version);
            logger.KnowledgeBuilt(version);
        }
        _checkedAt = clock.GetUtcNow();
        return _current;
    }
}
