using System.Net;
using Microsoft.AspNetCore.Http;
using TeamBot.Bot.DirectLine;

namespace TeamBot.Tests.DirectLine;

/// <summary>Who may use the local chat: this machine only, unless DirectLine:AllowRemote.</summary>
public sealed class LocalRequestsTests
{
    [Theory]
    [InlineData("127.0.0.1", "localhost:3978", true)]
    [InlineData("127.0.0.1", "127.0.0.1:3978", true)]
    [InlineData("::1", "[::1]:3978", true)]
    [InlineData("::ffff:127.0.0.1", "localhost", true)]
    [InlineData("10.0.0.5", "localhost:3978", false)]
    [InlineData("192.168.1.20", "teambot.intern:3978", false)]
    [InlineData("127.0.0.1", "evil.example:3978", false)]
    public void Only_loopback_callers_addressing_a_loopback_host_are_local(string remote, string host, bool local)
    {
        Assert.Equal(local, LocalRequests.IsLocal(Request(remote, host)));
    }

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("Forwarded")]
    [InlineData("X-Forwarded-Host")]
    public void A_request_passed_on_by_a_proxy_is_not_local(string header)
    {
        var http = Request("127.0.0.1", "localhost:3978");
        http.Request.Headers[header] = "203.0.113.7";

        Assert.False(LocalRequests.IsLocal(http));
    }

    [Fact]
    public void Allow_remote_lets_other_machines_in()
    {
        var remote = Request("10.0.0.5", "teambot.intern:3978");

        Assert.False(LocalRequests.IsAllowed(remote, new DirectLineOptions()));
        Assert.True(LocalRequests.IsAllowed(remote, new DirectLineOptions { AllowRemote = true }));
    }

    private static DefaultHttpContext Request(string remote, string host)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        http.Request.Host = HostString.FromUriComponent(host);
        return http;
    }
}
