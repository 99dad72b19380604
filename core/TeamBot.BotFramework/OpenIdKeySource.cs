using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TeamBot.BotFramework;

/// <summary>
/// Signing keys from one OpenID metadata document. ConfigurationManager caches the document and refreshes it on
/// its own schedule; an unknown key id triggers one immediate refresh (at most one per five minutes) and one retry.
/// </summary>
internal sealed class OpenIdKeySource
{
    private static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ForcedRefreshWait = TimeSpan.FromSeconds(30);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly NotifyingConfigurationRetriever _retriever = new();
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Task<OpenIdConnectConfiguration?>? _forcedRefresh;
    private DateTimeOffset _forcedRefreshStartedAt;

    public OpenIdKeySource(string metadataUrl, HttpClient httpClient, TimeProvider time)
    {
        _time = time;
        // Plain http only for a metadata document on this machine (tests, local tools).
        var documents = new HttpDocumentRetriever(httpClient) { RequireHttps = !Loopback.IsLoopbackUrl(metadataUrl) };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, _retriever, documents)
        {
            // Our own throttle below decides how often an unknown key may force a refresh.
            RefreshInterval = ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval,
        };
    }

    /// <summary>The key with this id, or null when it is not published even after a refresh.</summary>
    /// <exception cref="InvalidOperationException">The metadata could not be downloaded at all.</exception>
    public async Task<PublishedSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var configuration = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var key = PublishedSigningKey.Find(configuration, keyId);
        if (key is not null)
        {
            return key;
        }

        var refreshed = await ForcedRefreshAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return refreshed is null ? null : PublishedSigningKey.Find(refreshed, keyId);
    }

    private Task<OpenIdConnectConfiguration?> ForcedRefreshAsync()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_forcedRefresh is null || now - _forcedRefreshStartedAt >= ForcedRefreshInterval)
            {
                _forcedRefreshStartedAt = now;
                _forcedRefresh = RefreshAndAwaitAsync();
            }

            return _forcedRefresh;
        }
    }

    private async Task<OpenIdConnectConfiguration?> RefreshAndAwaitAsync()
    {
        var next = _retriever.NextRetrieval;
        _manager.RequestRefresh();
        try
        {
            return await next.WaitAsync(ForcedRefreshWait, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
