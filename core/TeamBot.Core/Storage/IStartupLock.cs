namespace TeamBot.Core.Storage;

/// <summary>
/// One process at a time migrates the store and loads the sample region: several hosts or CLI verbs started at once
/// on an empty store would otherwise each see "nothing imported" and load it again.
/// </summary>
public interface IStartupLock
{
    /// <summary>Waits until no other process holds the lock; disposing releases it (a crashed holder's lock goes with it).</summary>
    Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken = default);
}
