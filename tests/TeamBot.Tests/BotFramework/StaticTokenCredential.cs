using Azure.Core;

namespace TeamBot.Tests.BotFramework;

/// <summary>Stands in for AAD: hands out numbered tokens and counts how often it was asked.</summary>
public sealed class StaticTokenCredential(TimeProvider time, TimeSpan lifetime) : TokenCredential
{
    private int _issued;

    public int Issued => _issued;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new($"test-token-{Interlocked.Increment(ref _issued)}", time.GetUtcNow() + lifetime);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
