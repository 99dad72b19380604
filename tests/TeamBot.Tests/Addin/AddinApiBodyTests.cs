using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Hosting;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Addin;

/// <summary>Bodies the add-in API refuses, in local mode: too large is 413, not the expected JSON is 400, each said in Dutch.</summary>
public sealed class AddinApiBodyTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        _app = TeamBotHost.Build(["--urls", url], _folder.File("data"));
        await _app.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(url) };
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("/api/plans/costs", 9_000_000, HttpStatusCode.RequestEntityTooLarge, "De aanvraag is groter dan")]
    [InlineData("/api/questions", 70_000, HttpStatusCode.RequestEntityTooLarge, "De aanvraag is groter dan")]
    [InlineData("/api/costs/allocate", 0, HttpStatusCode.BadRequest, "sleutels")]
    [InlineData("/api/questions", 0, HttpStatusCode.BadRequest, "je vraag")]
    public async Task A_body_that_is_too_large_or_not_the_expected_json_is_refused_with_the_reason(string path, int padding, HttpStatusCode status, string message)
    {
        var body = padding > 0 ? $"{{\"plan\":\"{new string('a', padding)}\",\"question\":\"x\"}}" : "[[[]]]";

        var response = await _http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }
}
