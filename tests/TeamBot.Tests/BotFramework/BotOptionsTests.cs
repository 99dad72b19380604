using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamBot.BotFramework;
using TeamBot.Core.Delivery;

namespace TeamBot.Tests.BotFramework;

public sealed class BotOptionsTests
{
    [Fact]
    public void Every_key_of_the_bot_section_is_bound_from_environment_variables()
    {
        var prefix = $"TEAMBOT_TEST_{Guid.NewGuid():N}_";
        var variables = new Dictionary<string, string>
        {
            ["Bot__AppId"] = "app-1",
            ["Bot__AppType"] = "SingleTenant",
            ["Bot__TenantId"] = "tenant-1",
            ["Bot__ClientSecret"] = "secret-1",
            ["Bot__CertificatePath"] = "/certs/bot.pem",
            ["Bot__OpenIdMetadataUrl"] = "https://login.test/v1/.well-known/openidconfiguration",
            ["Bot__ValidIssuers__0"] = "https://issuer.test",
            ["Bot__AllowedTenants__0"] = "tenant-1",
            ["Bot__AllowedTenants__1"] = "tenant-2",
            ["Bot__AuthorityHost"] = "https://login.test",
            ["Bot__InkoopteamChannel"] = "19:inkoop@thread.tacv2",
            ["Bot__InkoopteamMembers__0"] = "aad-1",
            ["Bot__InkoopteamMembers__1"] = "aad-2",
            ["Bot__AcceptEmulatorTokens"] = "true",
            ["Bot__EmulatorOpenIdMetadataUrl"] = "https://login.test/aad",
            ["Bot__EmulatorTenants__0"] = "tenant-3",
            ["Bot__Connector__MaxAttempts"] = "6",
        };
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(prefix + name, value);
            }

            var (bot, connector) = Bind(new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build());

            Assert.Equal("app-1", bot.AppId);
            Assert.Equal(BotAppType.SingleTenant, bot.AppType);
            Assert.Equal("tenant-1", bot.TenantId);
            Assert.Equal("secret-1", bot.ClientSecret);
            Assert.Equal("/certs/bot.pem", bot.CertificatePath);
            Assert.Equal("https://login.test/v1/.well-known/openidconfiguration", bot.OpenIdMetadataUrl);
            Assert.Equal(["https://issuer.test"], bot.GetValidIssuers());
            Assert.Equal(["tenant-1", "tenant-2"], bot.AllowedTenants);
            Assert.Equal("https://login.test", bot.AuthorityHost);
            Assert.Equal("19:inkoop@thread.tacv2", bot.InkoopteamChannel);
            Assert.Equal(["aad-1", "aad-2"], bot.InkoopteamMembers);
            Assert.True(bot.AcceptEmulatorTokens);
            Assert.Equal("https://login.test/aad", bot.EmulatorOpenIdMetadataUrl);
            Assert.Equal(["tenant-3", "tenant-1"], bot.GetEmulatorTenants());
            Assert.False(bot.IsLocalMode);
            Assert.Equal(6, connector.MaxAttempts);
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }

    [Fact]
    public void The_defaults_are_the_bot_frameworks_own_and_local_mode()
    {
        var (bot, connector) = Bind(new ConfigurationBuilder().Build());

        Assert.True(bot.IsLocalMode);
        Assert.Equal(BotAppType.MultiTenant, bot.AppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", bot.OpenIdMetadataUrl);
        Assert.Equal(["https://api.botframework.com"], bot.GetValidIssuers());
        Assert.Equal("https://login.microsoftonline.com", bot.AuthorityHost);
        Assert.Empty(bot.AllowedTenants);
        Assert.False(bot.AcceptEmulatorTokens);
        Assert.Equal(4, connector.MaxAttempts);
        Assert.True(connector.TenantRequestsPerSecond < 50);
    }

    [Fact]
    public void The_registration_provides_every_service_of_the_layer()
    {
        // The clock and the sent-activity log come from the composer (core and storage), as in the host.
        using var services = new ServiceCollection().AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IOutgoingActivityLog, InMemoryOutgoingActivityLog>()
            .AddBotFramework(new ConfigurationBuilder().Build())
            .BuildServiceProvider();

        Assert.IsType<BotRequestAuthenticator>(services.GetRequiredService<IBotRequestAuthenticator>());
        Assert.IsType<BotTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
        Assert.IsType<ConnectorClient>(services.GetRequiredService<IConnectorClient>());
        Assert.IsType<InMemoryOutgoingActivityLog>(services.GetRequiredService<IOutgoingActivityLog>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    private static (BotOptions Bot, ConnectorOptions Connector) Bind(IConfiguration configuration)
    {
        using var services = new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();
        return (services.GetRequiredService<IOptions<BotOptions>>().Value, services.GetRequiredService<IOptions<ConnectorOptions>>().Value);
    }
}
