using System.Collections.Concurrent;

namespace TeamBot.Tests.BotFramework;

/// <summary>Records the escaped request URI as HttpClient puts it on the wire (WireMock only shows the decoded path).</summary>
public sealed class RequestUriRecorder(ConcurrentQueue<string> uris) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        uris.Enqueue(request.RequestUri!.AbsoluteUri);
        return base.SendAsync(request, cancellationToken);
    }
}
