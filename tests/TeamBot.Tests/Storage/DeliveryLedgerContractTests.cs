using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Delivery;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Storage;

/// <summary>What must be sent once is claimed once, across instances; a crashed sender's claim expires, a sent one never does.</summary>
public sealed class DeliveryLedgerContractTests
{
    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task Of_instances_claiming_one_digest_at_once_exactly_one_sends_it(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var instances = Enumerable.Range(0, 6).Select(_ => backend.AnotherInstance()).ToList();

        var claims = await Task.WhenAll(instances.Select(instance =>
            instance.GetRequiredService<IProactiveSendLedger>().TryClaimAsync("digest|19:kanaal|2026-W48", TimeSpan.FromMinutes(2))));
        var winner = claims.Single(c => c.Status == OutgoingActivityClaimStatus.Claimed);
        await backend.Get<IProactiveSendLedger>().MarkSentAsync("digest|19:kanaal|2026-W48", winner.Token!, "activity-9");
        backend.Clock.Advance(TimeSpan.FromDays(7));
        var later = await backend.Get<IProactiveSendLedger>().TryClaimAsync("digest|19:kanaal|2026-W48", TimeSpan.FromMinutes(2));
        foreach (var instance in instances) await instance.DisposeAsync();

        Assert.Equal(5, claims.Count(c => c.Status == OutgoingActivityClaimStatus.InProgress));
        Assert.Equal(OutgoingActivityClaimStatus.AlreadySent, later.Status);
        Assert.Equal("activity-9", later.ActivityId);
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task Only_the_holder_of_a_claim_records_or_releases_it_and_an_ended_lease_may_be_taken_over(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var ledger = backend.Get<IProactiveSendLedger>();
        var first = await ledger.TryClaimAsync("alert|abc|3", TimeSpan.FromMinutes(2));

        await ledger.ReleaseAsync("alert|abc|3", "not-the-token");
        var whileHeld = await ledger.TryClaimAsync("alert|abc|3", TimeSpan.FromMinutes(2));
        backend.Clock.Advance(TimeSpan.FromMinutes(3));
        var takenOver = await ledger.TryClaimAsync("alert|abc|3", TimeSpan.FromMinutes(2));
        await ledger.MarkSentAsync("alert|abc|3", first.Token!, "from-the-crashed-one");
        var afterStaleMark = await ledger.TryClaimAsync("alert|abc|3", TimeSpan.FromMinutes(2));

        Assert.Equal(OutgoingActivityClaimStatus.InProgress, whileHeld.Status);
        Assert.Equal(OutgoingActivityClaimStatus.Claimed, takenOver.Status);
        Assert.NotEqual(first.Token, takenOver.Token);
        Assert.Equal(OutgoingActivityClaimStatus.InProgress, afterStaleMark.Status);
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task An_outgoing_activity_is_posted_once_and_repeats_get_the_first_response(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        await using var second = backend.AnotherInstance();
        var log = backend.Get<IOutgoingActivityLog>();
        var other = second.GetRequiredService<IOutgoingActivityLog>();

        var claimed = await log.TryClaimAsync("conv|1");
        var meanwhile = await other.TryClaimAsync("conv|1");
        await log.MarkSentAsync("conv|1", """{"id":"1"}""");
        var repeat = await other.TryClaimAsync("conv|1");
        await log.TryClaimAsync("conv|crashed");
        backend.Clock.Advance(TimeSpan.FromMinutes(6));
        var takenOver = await other.TryClaimAsync("conv|crashed");
        await other.ReleaseAsync("conv|crashed");

        Assert.Equal(OutgoingActivityClaimStatus.Claimed, claimed.Status);
        Assert.Equal(OutgoingActivityClaimStatus.InProgress, meanwhile.Status);
        Assert.Equal(OutgoingActivityClaimStatus.AlreadySent, repeat.Status);
        Assert.Equal("""{"id":"1"}""", repeat.ResponseJson);
        Assert.Equal(OutgoingActivityClaimStatus.Claimed, takenOver.Status);
        Assert.Equal(OutgoingActivityClaimStatus.Claimed, (await log.TryClaimAsync("conv|crashed")).Status);
    }
}
