using Microsoft.Extensions.Options;
using TeamBot.Core.Storage;

namespace TeamBot.Storage.Sqlite;

/// <summary>
/// An exclusively opened lock file beside the database (.NET takes an OS lock for FileShare.None, released when the
/// process ends). Waits in short steps up to Storage:StartupLockTimeout, then says who to look for.
/// </summary>
public sealed class SqliteStartupLock(SqliteDatabase database, IOptions<StorageOptions> options, TimeProvider clock) : IStartupLock
{
    public const string FileName = "teambot.startup.lock";
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(database.DataDirectory);
        var path = Path.Combine(database.DataDirectory, FileName);
        var deadline = clock.GetUtcNow() + options.Value.StartupLockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (clock.GetUtcNow() < deadline)
            {
                await Task.Delay(RetryDelay, clock, cancellationToken);
            }
            catch (IOException e)
            {
                throw new TimeoutException(
                    $"Een ander TeamBot-proces houdt {path} al langer dan {options.Value.StartupLockTimeout.TotalSeconds:0} seconden vast (migraties of de voorbeeldregio).", e);
            }
        }
    }
}
