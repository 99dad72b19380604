using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamBot.Core.Alerts;
using TeamBot.Core.ComposeSearch;
using TeamBot.Core.Conversations;
using TeamBot.Core.Digest;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Storage;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Storage;

/// <summary>The small stores: saving again replaces, and what was never saved reads as nothing.</summary>
public sealed class SettingsStoreContractTests
{
    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task Saving_a_standard_answer_for_the_same_question_again_replaces_it(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IFaqStore>();
        var now = backend.Clock.GetUtcNow();

        var first = await store.SaveAsync(new FaqEntry(0, "bgi toekennen lang", "Hoe lang mag ik BGI toekennen?", "24 maanden.", now, 4));
        var replaced = await store.SaveAsync(new FaqEntry(0, "bgi toekennen lang", "Hoe lang mag ik BGI toekennen?", "12 maanden, daarna herindicatie.", now.AddDays(1), null));

        var entry = Assert.Single(await store.ListAsync());
        Assert.Equal(first.Id, replaced.Id);
        Assert.Equal("12 maanden, daarna herindicatie.", entry.Answer);
        Assert.Equal(now.AddDays(1), entry.CreatedAt);
        Assert.Null(entry.TicketId);
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task A_conversation_reference_is_replaced_by_the_newest(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IConversationStore>();

        await store.SaveAsync(new StoredConversation("msteams:a:1", "personal", """{"serviceUrl":"https://oud/"}"""));
        await store.SaveAsync(new StoredConversation("msteams:a:1", "personal", """{"serviceUrl":"https://nieuw/"}"""));

        Assert.Equal("""{"serviceUrl":"https://nieuw/"}""", (await store.GetAsync("msteams:a:1"))!.ReferenceJson);
        Assert.Null(await store.GetAsync("msteams:onbekend"));
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task A_digest_subscription_is_saved_changed_listed_and_removed(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IDigestSubscriptionStore>();
        var now = backend.Clock.GetUtcNow();

        await store.SaveAsync(new DigestSubscription("msteams:19:a", DigestAudience.Inkoopteam, null, "p1", now));
        await store.SaveAsync(new DigestSubscription("msteams:19:b", DigestAudience.Toegangen, "Heerlen", "p2", now.AddMinutes(1)));
        await store.SaveAsync(new DigestSubscription("msteams:19:a", DigestAudience.Toegangen, "Kerkrade", "p3", now.AddMinutes(2)));

        Assert.Equal(["msteams:19:b", "msteams:19:a"], (await store.ListAsync()).Select(s => s.Address));
        Assert.Equal(new DigestSubscription("msteams:19:a", DigestAudience.Toegangen, "Kerkrade", "p3", now.AddMinutes(2)), await store.GetAsync("msteams:19:a"));
        Assert.True(await store.RemoveAsync("msteams:19:a"));
        Assert.False(await store.RemoveAsync("msteams:19:a"));
        Assert.Null(await store.GetAsync("msteams:19:a"));
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task An_alert_recipient_keeps_their_gemeente_and_choice_and_idle_ones_are_forgotten(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IAlertRecipientStore>();

        await store.RememberAsync("p1", "msteams:a:1", "Heerlen");
        await store.RememberAsync("p1", "msteams:a:2", null);
        await store.SetAlertsOffAsync("p2", "msteams:a:3", alertsOff: true);
        await store.RememberAsync("p3", "msteams:a:4", "Sittard-Geleen");
        backend.Clock.Advance(TimeSpan.FromDays(100));
        await store.RememberAsync("p3", "msteams:a:4", null);
        var forgotten = await store.ForgetIdleSinceAsync(backend.Clock.GetUtcNow().AddDays(-30));

        Assert.Equal(1, forgotten);
        Assert.Null(await store.GetAsync("p1"));
        Assert.Equal(new AlertRecipient("p2", "msteams:a:3", null, true), await store.GetAsync("p2"));
        Assert.Equal(new AlertRecipient("p3", "msteams:a:4", "Sittard-Geleen", false), await store.GetAsync("p3"));
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task A_user_preference_reads_empty_until_saved_and_then_as_saved(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var store = backend.Get<IUserPreferenceStore>();

        var before = await store.GetAsync("p1");
        await store.SaveAsync("p1", new UserPreferences("Heerlen"));
        await store.SaveAsync("p1", new UserPreferences("Brunssum"));

        Assert.Null(before.DefaultMunicipality);
        Assert.Equal("Brunssum", (await store.GetAsync("p1")).DefaultMunicipality);
    }

    [Theory, MemberData(nameof(StorageBackends.All), MemberType = typeof(StorageBackends))]
    public async Task The_readiness_check_reports_a_writable_database_with_its_data_version(string kind)
    {
        await using var backend = await StorageBackend.CreateAsync(kind);
        var check = backend.Services.GetRequiredKeyedService<IHealthCheck>(StorageServiceKeys.Readiness);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("data version 0", result.Description);
    }
}
