using System.Net;
using Microsoft.AspNetCore.Http;
using TeamBot.Bot.Hosting;

namespace TeamBot.Tests.Hosting;

/// <summary>The host's one local-only policy: this computer's own user, through no proxy, from no other web page, in JSON.</summary>
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
    [InlineData("X-Forwarded-Proto")]
    [InlineData("x-forwarded-port")]
    [InlineData("X-Real-IP")]
    [InlineData("True-Client-IP")]
    [InlineData("X-Client-IP")]
    [InlineData("CF-Connecting-IP")]
    public void A_request_passed_on_by_a_proxy_is_not_local(string header)
    {
        var http = Request("127.0.0.1", "localhost:3978");
        http.Request.Headers[header] = "203.0.113.7";

        Assert.Equal(LocalRequestRefusal.NotLocal, LocalRequests.Check(http));
    }

    [Theory]
    [InlineData("http://localhost:3978", LocalRequestRefusal.None)]
    [InlineData("http://LOCALHOST:3978", LocalRequestRefusal.None)]
    [InlineData("http://localhost:4000", LocalRequestRefusal.ForeignOrigin)]
    [InlineData("https://evil.example", LocalRequestRefusal.ForeignOrigin)]
    [InlineData("null", LocalRequestRefusal.ForeignOrigin)]
    public void The_origin_must_be_absent_or_the_hosts_own(string origin, LocalRequestRefusal expected)
    {
        var http = Request("127.0.0.1", "localhost:3978");
        http.Request.Headers.Origin = origin;

        Assert.Equal(expected, LocalRequests.Check(http));
    }

    [Theory]
    [InlineData("application/json", LocalRequestRefusal.None)]
    [InlineData("application/json; charset=utf-8", LocalRequestRefusal.None)]
    [InlineData("application/vnd.teambot+json", LocalRequestRefusal.None)]
    [InlineData("text/plain", LocalRequestRefusal.NotJson)]
    [InlineData("text/plain;charset=UTF-8", LocalRequestRefusal.NotJson)]
    [InlineData("application/x-www-form-urlencoded", LocalRequestRefusal.NotJson)]
    [InlineData("multipart/form-data; boundary=x", LocalRequestRefusal.NotJson)]
    public void A_body_must_be_json(string contentType, LocalRequestRefusal expected)
    {
        var http = Request("127.0.0.1", "localhost:3978");
        http.Request.ContentType = contentType;
        http.Request.ContentLength = 20;

        Assert.Equal(expected, LocalRequests.Check(http));
    }

    [Fact]
    public void A_request_without_a_body_needs_no_content_type()
    {
        var http = Request("127.0.0.1", "localhost:3978");
        http.Request.Method = "POST";

        Assert.Equal(LocalRequestRefusal.None, LocalRequests.Check(http));
    }

    [Fact]
    public void Allow_remote_lets_other_machines_in_but_not_other_web_pages()
    {
        var remote = Request("10.0.0.5", "teambot.intern:3978");
        var page = Request("10.0.0.5", "teambot.intern:3978");
        page.Request.Headers.Origin = "https://evil.example";

        Assert.Equal(LocalRequestRefusal.NotLocal, LocalRequests.Check(remote));
        Assert.Equal(LocalRequestRefusal.None, LocalRequests.Check(remote, allowRemote: true));
        Assert.Equal(LocalRequestRefusal.ForeignOrigin, LocalRequests.Check(page, allowRemote: true));
    }

    private static DefaultHttpContext Request(string remote, string host)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        http.Request.Scheme = "http";
        http.Request.Host = HostString.FromUriComponent(host);
        return http;
    }
}
