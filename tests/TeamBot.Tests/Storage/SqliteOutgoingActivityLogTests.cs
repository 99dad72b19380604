using TeamBot.Core.Delivery;
using TeamBot.Storage.Sqlite;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Storage;

/// <summary>Two instances sharing the database never both send one activity; a crashed sender's claim expires.</summary>
public sealed class SqliteOutgoingActivityLogTests
{
    [Fact]
    public async Task A_claimed_activity_is_in_progress_for_another_instance_and_sent_once_marked()
    {
        using var storage = await TestStorage.CreateAsync();
        var first = new SqliteOutgoingActivityLog(storage.Database, storage.Clock);
        var second = new SqliteOutgoingActivityLog(storage.Database, storage.Clock);

        Assert.Equal(OutgoingActivityClaimStatus.Claimed, (await first.TryClaimAsync("conv|1")).Status);
        Assert.Equal(OutgoingActivityClaimStatus.InProgress, (await second.TryClaimAsync("conv|1")).Status);
        await first.MarkSentAsync("conv|1", """{"id":"1"}""");
        var again = await second.TryClaimAsync("conv|1");

        Assert.Equal(OutgoingActivityClaimStatus.AlreadySent, again.Status);
        Assert.Equal("""{"id":"1"}""", again.ResponseJson);
    }

    [Fact]
    public async Task A_released_or_expired_claim_can_be_taken_again()
    {
        using var storage = await TestStorage.CreateAsync();
        var log = new SqliteOutgoingActivityLog(storage.Database, storage.Clock);

        await log.TryClaimAsync("conv|released");
        await log.ReleaseAsync("conv|released");
        await log.TryClaimAsync("conv|crashed");
        storage.Clock.Advance(SqliteOutgoingActivityLog.ClaimLease + TimeSpan.FromSeconds(1));

        Assert.Equal(OutgoingActivityClaimStatus.Claimed, (await log.TryClaimAsync("conv|released")).Status);
        Assert.Equal(OutgoingActivityClaimStatus.Claimed, (await log.TryClaimAsync("conv|crashed")).Status);
    }
}
