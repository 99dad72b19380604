using Azure.Core;
using Microsoft.Extensions.Options;

namespace TeamBot.BotFramework;

/// <summary>Client-credentials tokens for the Bot Connector, kept until five minutes before they expire.</summary>
public sealed class BotTokenProvider : IBotTokenProvider, IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly BotOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenProvider> _logger;
    private readonly Lazy<TokenCredential> _credential;
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private AccessToken? _cached;

    public BotTokenProvider(IOptions<BotOptions> options, TimeProvider time, ILogger<BotTokenProvider> logger, BotCredentialSource credentials)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        // Created on first use so a misconfigured secret fails the first send with a clear message, not the start.
        _credential = new Lazy<TokenCredential>(() => credentials.Create(_options));
    }

    public void Dispose() => _renewal.Dispose();

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_options.IsLocalMode)
        {
            return null;
        }

        if (TryGetCached(out var token))
        {
            return token;
        }

        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return TryGetCached(out token) ? token : await RenewAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _renewal.Release();
        }
    }

    private bool TryGetCached(out string token)
    {
        var cached = _cached;
        token = cached?.Token ?? "";
        return cached is { } c && _time.GetUtcNow() < c.ExpiresOn - RenewBeforeExpiry;
    }

    private async Task<string> RenewAsync(CancellationToken cancellationToken)
    {
        var fresh = await _credential.Value.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken).ConfigureAwait(false);
        _cached = fresh;
        _logger.TokenObtained(fresh.ExpiresOn);
        return fresh.Token;
    }
}
