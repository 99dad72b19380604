using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamBot.Bot.Conversations;
using TeamBot.Bot.Hosting;
using TeamBot.BotFramework;
using TeamBot.Tests.BotFramework;
using TeamBot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace TeamBot.Tests.Conversations;

/// <summary>
/// The real host with a bot app id: WireMock publishes the channel's signing keys and plays the Bot Connector
/// service; the test signs its own tokens and posts activities to /api/messages as Teams would.
/// </summary>
public sealed class TeamsBotHost : IAsyncDisposable
{
    public const string InkoopteamChannelId = "19:inkoopteam@thread.tacv2";
    public const string ExpertAadId = "00000000-0000-0000-0000-0000000000e1";

    private static readonly TestSigningKey Key = TestSigningKey.Create("teams-key", "msteams");
    private readonly TempDirectory _folder = new();
    private readonly BotIdentityServer _identity = BotIdentityServer.Start();
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private TeamsBotHost(string url, IReadOnlyDictionary<string, string?>? extraSettings)
    {
        _identity.PublishKeys(Key);
        Connector = WireMockServer.Start();
        Connector.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"id":"posted-1"}"""));
        var settings = Settings(_identity.MetadataUrl);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>()) settings[key] = value;
        string[] args = ["--urls", url, .. settings.Select(setting => $"--{setting.Key}={setting.Value}")];
        _app = TeamBotHost.Build(args, _folder.File("data"), services => services
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(new BotCredentialSource(_ => new StaticTokenCredential(Clock, TimeSpan.FromHours(1)))));
        _http = new HttpClient { BaseAddress = new Uri(url) };
    }

    public WireMockServer Connector { get; }

    /// <summary>Starts at the real time (tokens are signed on it) and can be moved on, e.g. past an SLA.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public IServiceProvider Services => _app.Services;

    public string ServiceUrl => Connector.Url + "/";

    /// <param name="extraSettings">Configuration beside the bot's own (Bot:AllowedTenants, say), winning over it.</param>
    public static async Task<TeamsBotHost> StartAsync(IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var host = new TeamsBotHost($"http://127.0.0.1:{port}", extraSettings);
        await host.StartHostAsync();
        return host;
    }

    private async Task StartHostAsync()
    {
        await _app.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true);
        await _app.StartAsync();
    }

    public Activity Personal(string text, string aadObjectId = "00000000-0000-0000-0000-0000000000a1")
    {
        var activity = FromTeams(ActivityTypes.Message, new ChannelAccount { Id = "29:asker", Name = "Toegangsmedewerker", AadObjectId = aadObjectId },
            new ConversationAccount { Id = "a:asker-chat", ConversationType = "personal", TenantId = BotAuthTestContext.TenantId });
        activity.Text = text;
        return activity;
    }

    public Activity CardAction(string verb, object data, string aadObjectId, string conversationId = "a:asker-chat")
    {
        var conversationType = conversationId.StartsWith("19:", StringComparison.Ordinal) ? "channel" : "personal";
        var activity = FromTeams(ActivityTypes.Invoke, new ChannelAccount { Id = "29:someone", Name = "Iemand van het inkoopteam", AadObjectId = aadObjectId },
            new ConversationAccount { Id = conversationId, ConversationType = conversationType, TenantId = BotAuthTestContext.TenantId });
        activity.Name = "adaptiveCard/action";
        activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data } });
        return activity;
    }

    /// <summary>A message extension invoke (composeExtension/...) from a toegangsmedewerker in a group chat.</summary>
    public Activity ComposeInvoke(string name, object value, string aadObjectId = "00000000-0000-0000-0000-0000000000a1")
    {
        var activity = FromTeams(ActivityTypes.Invoke, new ChannelAccount { Id = "29:asker", Name = "Toegangsmedewerker", AadObjectId = aadObjectId },
            new ConversationAccount { Id = "19:family-network@unq.gbl.spaces", ConversationType = "groupChat", TenantId = BotAuthTestContext.TenantId });
        activity.Name = name;
        activity.ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = BotAuthTestContext.TenantId }, source = new { name = "compose" } });
        activity.Value = JsonSerializer.SerializeToElement(value);
        return activity;
    }

    private Activity FromTeams(string type, ChannelAccount from, ConversationAccount conversation) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        From = from,
        Recipient = new ChannelAccount { Id = $"28:{BotAuthTestContext.AppId}", Name = "TeamBot" },
        Conversation = conversation,
    };

    /// <param name="waitForReplies">Off to see what the request itself did, before the queued replies leave.</param>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? token = null, bool waitForReplies = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token());
        var response = await _http.SendAsync(request);
        if (!waitForReplies) return response;
        // Replies leave through the background queue after the request was answered; wait for them, as a reader would.
        await _app.Services.GetRequiredService<OutgoingReplies>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return response;
    }

    public string Token(TestTokenClaims? claims = null) =>
        Key.CreateToken(claims ?? TestTokenClaims.ValidAt(Clock.GetUtcNow()) with { ServiceUrl = ServiceUrl });

    /// <summary>The activities the bot posted to the Connector for one conversation, oldest first (WireMock shows decoded paths).</summary>
    public IReadOnlyList<JsonElement> Posted(string conversationId) =>
        Connector.LogEntries
            .Where(e => e.RequestMessage.Method == "POST" && e.RequestMessage.Path.Contains($"/v3/conversations/{conversationId}/activities"))
            .Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.Clone())
            .ToList();

    private static Dictionary<string, string?> Settings(string metadataUrl) => new()
    {
        ["Bot:AppId"] = BotAuthTestContext.AppId,
        ["Bot:OpenIdMetadataUrl"] = metadataUrl,
        ["Bot:ClientSecret"] = "not-used",
        ["Bot:InkoopteamChannel"] = InkoopteamChannelId,
        ["Bot:InkoopteamMembers:0"] = ExpertAadId,
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
        Connector.Dispose();
        _identity.Dispose();
        _folder.Dispose();
    }
}
