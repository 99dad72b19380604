using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamBot.Bot.Hosting;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.DirectLine;

/// <summary>
/// The real host in local mode (no bot app id) on a free loopback port, with the sample region: what
/// `dotnet run --project bot` starts. Tests talk to it over HTTP as Web Chat and the chat page do.
/// </summary>
public sealed class LocalChatHost : IAsyncLifetime, IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly string[] _settings;
    private WebApplication? _app;

    public LocalChatHost() : this([])
    {
    }

    private LocalChatHost(string[] settings) => _settings = settings;

    public HttpClient Http { get; private set; } = null!;

    public string Url { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    /// <summary>The host's data folder: the database, and documents stored locally.</summary>
    public string DataFolder => _folder.File("data");

    public async Task InitializeAsync()
    {
        Url = $"http://127.0.0.1:{FreePort()}";
        _app = TeamBotHost.Build(["--urls", Url, .. _settings], _folder.File("data"));
        await _app.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true);
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(Url) };
    }

    /// <param name="settings">Configuration as on the command line: "--Bot:AppId=...".</param>
    public static async Task<LocalChatHost> StartAsync(params string[] settings)
    {
        var host = new LocalChatHost(settings);
        await host.InitializeAsync();
        return host;
    }

    /// <summary>A token for a new conversation, then the conversation started with it (as Web Chat does).</summary>
    public async Task<ChatSession> StartConversationAsync()
    {
        var generated = await Http.PostAsync("/v3/directline/tokens/generate", null);
        generated.EnsureSuccessStatusCode();
        var token = (await generated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var start = Request(HttpMethod.Post, "/v3/directline/conversations", token);
        var started = await Http.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        return new ChatSession(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    /// <summary>Posts a message as the chat page does: the picked gemeente and rol in channelData.teambot.</summary>
    public Task<HttpResponseMessage> SendAsync(ChatSession session, string? text = null, object? value = null,
        string gemeente = "", string rol = "toegang")
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["from"] = new { id = "local-user", role = "user" },
            ["text"] = text,
            ["value"] = value,
            ["locale"] = "nl-NL",
            ["channelData"] = new { clientActivityID = Guid.NewGuid().ToString("N"), teambot = new { gemeente, rol } },
        };
        var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);
        request.Content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json");
        return Http.SendAsync(request);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> PollAsync(string conversationId, string? token, string? watermark = null)
    {
        var path = $"/v3/directline/conversations/{conversationId}/activities" + (watermark is null ? "" : $"?watermark={watermark}");
        using var request = Request(HttpMethod.Get, path, token);
        var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>Every activity of the conversation so far, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> ActivitiesAsync(ChatSession session)
    {
        var (status, body) = await PollAsync(session.ConversationId, session.Token);
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("activities").EnumerateArray().ToList();
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token)
    {
        var request = new HttpRequestMessage(method, path);
        if (!string.IsNullOrEmpty(token)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _folder.Dispose();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
