using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamBot.BotFramework;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.BotFramework;

public sealed class LocalModeTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("52.112.0.1", false)]
    [InlineData("::ffff:10.0.0.5", false)]
    public void Without_an_app_id_only_loopback_may_send_unauthenticated_activities(string address, bool accepted)
    {
        using var services = LocalServices();
        var authenticator = services.GetRequiredService<IBotRequestAuthenticator>();

        Assert.True(authenticator.IsLocalMode);
        Assert.Equal(accepted, authenticator.AcceptsUnauthenticatedFrom(IPAddress.Parse(address)));
    }

    [Fact]
    public void An_unknown_remote_address_is_not_loopback()
    {
        using var services = LocalServices();

        Assert.False(services.GetRequiredService<IBotRequestAuthenticator>().AcceptsUnauthenticatedFrom(null));
    }

    [Fact]
    public async Task In_local_mode_a_loopback_activity_is_accepted_without_a_token()
    {
        using var services = LocalServices();

        var activity = BotAuthTestContext.TeamsMessage();
        activity.ServiceUrl = "http://localhost:3979/";

        var result = await services.GetRequiredService<IBotRequestAuthenticator>()
            .AuthenticateAsync(null, activity, IPAddress.Loopback);

        Assert.True(result.IsAuthenticated);
        Assert.True(result.IsLocalMode);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("http://203.0.113.7:8080/")]
    [InlineData("file://localhost/etc/passwd")]
    public async Task In_local_mode_replies_go_to_this_computer_only(string serviceUrl)
    {
        using var services = LocalServices();
        var activity = BotAuthTestContext.TeamsMessage();
        activity.ServiceUrl = serviceUrl;

        var result = await services.GetRequiredService<IBotRequestAuthenticator>().AuthenticateAsync(null, activity, IPAddress.Loopback);

        Assert.Equal(BotAuthenticationFailure.ServiceUrlNotLoopback, result.Failure);
    }

    [Fact]
    public async Task In_local_mode_a_remote_activity_is_refused_as_not_loopback()
    {
        using var services = LocalServices();

        var result = await services.GetRequiredService<IBotRequestAuthenticator>()
            .AuthenticateAsync("Bearer whatever", BotAuthTestContext.TeamsMessage(), IPAddress.Parse("52.112.0.1"));

        Assert.Equal(BotAuthenticationFailure.NotLoopback, result.Failure);
    }

    [Fact]
    public async Task With_an_app_id_loopback_gets_no_exemption()
    {
        using var services = BotAuthTestContext.BuildServices(
            new Dictionary<string, string?> { ["Bot:AppId"] = BotAuthTestContext.AppId }, new FakeTimeProvider());
        var authenticator = services.GetRequiredService<IBotRequestAuthenticator>();

        var result = await authenticator.AuthenticateAsync(null, BotAuthTestContext.TeamsMessage(), IPAddress.Loopback);

        Assert.False(authenticator.AcceptsUnauthenticatedFrom(IPAddress.Loopback));
        Assert.Equal(BotAuthenticationFailure.MissingAuthorizationHeader, result.Failure);
    }

    [Fact]
    public async Task The_start_log_says_when_the_bot_runs_in_local_mode()
    {
        var local = await StartupLinesAsync(new Dictionary<string, string?>());
        var withAppId = await StartupLinesAsync(new Dictionary<string, string?> { ["Bot:AppId"] = BotAuthTestContext.AppId });

        Assert.Contains(local, line => line.Contains("accepting unauthenticated activities from loopback only"));
        Assert.DoesNotContain(withAppId, line => line.Contains("accepting unauthenticated activities"));
        Assert.Contains(withAppId, line => line.Contains(BotAuthTestContext.AppId));
    }

    private static ServiceProvider LocalServices() => BotAuthTestContext.BuildServices(new Dictionary<string, string?>(), new FakeTimeProvider());

    private static async Task<IReadOnlyCollection<string>> StartupLinesAsync(Dictionary<string, string?> settings)
    {
        var logs = new CapturingLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddBotFramework(configuration)
            .BuildServiceProvider();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return logs.Lines;
    }
}
