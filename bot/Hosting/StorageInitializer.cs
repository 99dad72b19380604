using Microsoft.Extensions.Options;
using TeamBot.Core.Storage;

namespace TeamBot.Bot.Hosting;

/// <summary>Runs at every start, one process at a time: schema migrations, then the sample region if nothing was ever imported.</summary>
public sealed class StorageInitializer(
    IStorageMigrator migrator,
    IStartupLock startupLock,
    IRegionStore store,
    SampleRegionLoader sampleLoader,
    IOptions<SampleDataOptions> sampleOptions,
    ILogger<StorageInitializer> logger)
{
    public async Task InitializeAsync(bool loadSample, CancellationToken cancellationToken = default)
    {
        // Held while checking and loading, so processes started together load the sample once; the others wait, then see it.
        await using var held = await startupLock.AcquireAsync(cancellationToken);
        await migrator.MigrateAsync(cancellationToken);
        if (!loadSample || !sampleOptions.Value.LoadOnFirstStart) return;
        // The data version grows with every import, so 0 means none yet: one number to read instead of a history to decode.
        if (await store.GetDataVersionAsync(cancellationToken) > 0) return;
        logger.LoadingSample();
        await sampleLoader.LoadAsync(cancellationToken);
    }
}
