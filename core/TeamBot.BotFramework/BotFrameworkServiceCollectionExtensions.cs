using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Delivery;

namespace TeamBot.BotFramework;

/// <summary>Registers the Bot Connector protocol layer; swap these registrations for an official SDK later.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);

    // Long-lived connections are recycled so DNS changes are seen even when a singleton keeps the client.
    private static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Binds "Bot" and "Bot:Connector" and adds <see cref="IBotRequestAuthenticator"/>, <see cref="IBotTokenProvider"/>,
    /// <see cref="IConnectorClient"/> (typed HttpClient). The connector needs an <see cref="IOutgoingActivityLog"/> from
    /// the storage adapter, so that no instance posts the same activity twice.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section))
            .Validate(o => o.IsLocalMode || o.AppType != BotAppType.SingleTenant || !string.IsNullOrWhiteSpace(o.TenantId),
                "Bot:TenantId ontbreekt: een bot met Bot:AppType SingleTenant heeft de tenant nodig.")
            .Validate(o => Uri.TryCreate(o.OpenIdMetadataUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || Loopback.IsLoopback(url)),
                "Bot:OpenIdMetadataUrl moet een https-adres zijn (of een adres op deze computer).")
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.Section))
            .Validate(o => o.MaxAttempts >= 1, "Bot:Connector:MaxAttempts moet minstens 1 zijn.")
            .Validate(o => o.TenantRequestsPerSecond >= 1, "Bot:Connector:TenantRequestsPerSecond moet minstens 1 zijn.")
            .Validate(o => o.AttemptTimeout > TimeSpan.Zero, "Bot:Connector:AttemptTimeout moet groter dan nul zijn.")
            .ValidateOnStart();

        services.AddHttpClient(BotRequestAuthenticator.MetadataHttpClientName, client => client.Timeout = MetadataTimeout);
        services.AddSingleton<IBotRequestAuthenticator, BotRequestAuthenticator>();

        services.AddSingleton(BotCredentialSource.FromSettings);
        services.AddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.AddSingleton<ConnectorRateLimiter>();
        // Attempts have their own timeout (Bot:Connector:AttemptTimeout), so HttpClient's must not cut them short.
        services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = ConnectionLifetime });

        services.AddHostedService<BotFrameworkStartupLog>();
        return services;
    }
}
