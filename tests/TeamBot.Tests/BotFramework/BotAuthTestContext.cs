using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamBot.BotFramework;

namespace TeamBot.Tests.BotFramework;

/// <summary>A bot with an app id, its authenticator wired by AddBotFramework, a fake clock and a local identity server.</summary>
public sealed class BotAuthTestContext : IDisposable
{
    /// <summary>One key for all tests: making RSA keys is slow.</summary>
    private static readonly TestSigningKey SharedKey = TestSigningKey.Create("key-1", "msteams", "webchat");

    public const string AppId = "5d1a3e2c-6a1f-4b53-9c27-2f0a1b3c4d5e";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string TenantId = "7c8d9e0f-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

    private readonly List<ServiceProvider> _providers = [];

    public BotAuthTestContext(BotIdentityServer identity)
    {
        Identity = identity;
        Identity.Reset();
        Identity.PublishKeys(Key);
    }

    /// <summary>Far from the real date, so a check on the system clock instead of TimeProvider would fail.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public BotIdentityServer Identity { get; }

    public TestSigningKey Key => SharedKey;

    public IBotRequestAuthenticator CreateAuthenticator(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:OpenIdMetadataUrl"] = Identity.MetadataUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var provider = BuildServices(values, Time);
        _providers.Add(provider);
        return provider.GetRequiredService<IBotRequestAuthenticator>();
    }

    public static ServiceProvider BuildServices(IReadOnlyDictionary<string, string?> settings, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton(time)
            .AddLogging()
            .AddBotFramework(configuration)
            .BuildServiceProvider();
    }

    public TestTokenClaims ValidClaims() => TestTokenClaims.ValidAt(Time.GetUtcNow());

    public string ValidToken() => Key.CreateToken(ValidClaims());

    public static string Bearer(string token) => $"Bearer {token}";

    /// <summary>A Teams channel message as the Bot Framework delivers it.</summary>
    public static Activity TeamsMessage(string tenantId = TenantId) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000000",
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = "29:user", AadObjectId = "00000000-0000-0000-0000-0000000000aa" },
        Recipient = new ChannelAccount { Id = $"28:{AppId}", Name = "TeamBot" },
        Conversation = new ConversationAccount { Id = "19:abc@thread.tacv2", ConversationType = "channel", TenantId = tenantId },
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
        Text = "<at>TeamBot</at> Wat is het tarief?",
    };

    public Task<BotAuthenticationResult> AuthenticateAsync(IBotRequestAuthenticator authenticator, string? header, Activity? activity = null) =>
        authenticator.AuthenticateAsync(header, activity ?? TeamsMessage(), IPAddress.Parse("52.112.0.1"));

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }

    }
}
