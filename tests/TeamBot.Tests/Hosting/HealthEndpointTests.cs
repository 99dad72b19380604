using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Hosting;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task The_host_answers_healthz_after_migrating_and_loading_the_sample()
    {
        using var folder = new TempDirectory();
        var url = $"http://127.0.0.1:{FreePort()}";
        await using var app = TeamBotHost.Build(["--urls", url], folder.File("data"));
        await app.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true);
        await app.StartAsync();

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var response = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(Path.Combine(folder.File("data"), "teambot.db")));
        await app.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
