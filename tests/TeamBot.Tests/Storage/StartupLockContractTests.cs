using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Storage;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Storage;

/// <summary>One instance at a time migrates and loads the sample region; the next waits until the first lets go, or says who holds it.</summary>
public sealed class StartupLockContractTests
{
    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task A_second_instance_waits_while_the_lock_is_held_and_gives_up_with_a_clear_message(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        await using var second = backend.AnotherInstance();
        await using var held = await backend.Get<IStartupLock>().AcquireAsync();

        var waiting = second.GetRequiredService<IStartupLock>().AcquireAsync();
        await StepClockUntilAsync(backend, waiting);

        var refused = await Assert.ThrowsAsync<TimeoutException>(() => waiting);
        Assert.Contains("houdt", refused.Message);
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task A_second_instance_gets_the_lock_once_the_first_releases_it(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        await using var second = backend.AnotherInstance();
        var held = await backend.Get<IStartupLock>().AcquireAsync();

        var waiting = second.GetRequiredService<IStartupLock>().AcquireAsync();
        await held.DisposeAsync();
        await StepClockUntilAsync(backend, waiting);

        await using var acquired = await waiting;
        Assert.NotNull(acquired);
    }

    /// <summary>The lock retries on the fake clock: step it (well past the two-minute wait if need be) until the waiter is done.</summary>
    private static async Task StepClockUntilAsync(StorageBackend backend, Task waiter)
    {
        for (var step = 0; step < 1000 && !waiter.IsCompleted; step++)
        {
            backend.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(waiter, Task.Delay(10));
        }
    }
}
