using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TeamBot.BotFramework;

/// <summary>
/// Lets a caller await the next metadata download. ConfigurationManager.RequestRefresh only starts a background
/// download, so without this signal a retry right after it would still see the old keys.
/// </summary>
internal sealed class NotifyingConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    private TaskCompletionSource<OpenIdConnectConfiguration?> _next = NewSignal();

    /// <summary>Completes with the next downloaded configuration, or null when that download fails.</summary>
    public Task<OpenIdConnectConfiguration?> NextRetrieval => Volatile.Read(ref _next).Task;

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        OpenIdConnectConfiguration? configuration = null;
        try
        {
            configuration = await OpenIdConnectConfigurationRetriever.GetAsync(address, retriever, cancel).ConfigureAwait(false);
            return configuration;
        }
        finally
        {
            Interlocked.Exchange(ref _next, NewSignal()).TrySetResult(configuration);
        }
    }

    private static TaskCompletionSource<OpenIdConnectConfiguration?> NewSignal() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
