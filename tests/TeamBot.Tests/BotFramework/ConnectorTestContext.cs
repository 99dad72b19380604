using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamBot.BotFramework;
using TeamBot.Core.Delivery;
using TeamBot.Tests.Support;
using WireMock.Logging;
using WireMock.Server;

namespace TeamBot.Tests.BotFramework;

/// <summary>
/// The connector client as AddBotFramework wires it, talking to WireMock as the Bot Connector service, on a fake
/// clock that <see cref="RunAsync{T}"/> moves forward while a call waits, so retry delays cost no real time.
/// </summary>
public sealed class ConnectorTestContext : IDisposable
{
    public const string ConversationId = "19:abc@thread.tacv2;messageid=123";
    public const string EscapedConversationId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D123";

    private readonly ServiceProvider _services;
    private readonly ConcurrentQueue<string> _sentUris = new();

    public ConnectorTestContext(WireMockServer server, IReadOnlyDictionary<string, string?>? settings = null, bool localMode = false, bool realClock = false)
    {
        Server = server;
        Clock = realClock ? TimeProvider.System : Time;
        Server.Reset();
        Credential = new StaticTokenCredential(Clock, TimeSpan.FromHours(1));
        var values = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = localMode ? "" : BotAuthTestContext.AppId,
            ["Bot:ClientSecret"] = "not-used",
            // Long enough that moving the fake clock during a slow request never fakes a timeout.
            ["Bot:Connector:AttemptTimeout"] = "01:00:00",
            ["Bot:Connector:BaseRetryDelay"] = "00:00:01",
            ["Bot:Connector:MaxRetryDelay"] = "00:00:08",
            ["Bot:Connector:MaxTotalRetryDelay"] = "00:01:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var collection = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IOutgoingActivityLog>(new InMemoryOutgoingActivityLog(Clock))
            .AddLogging(logging => logging.AddProvider(Logs))
            .AddBotFramework(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        collection.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new RequestUriRecorder(_sentUris)));
        collection.AddSingleton(new BotCredentialSource(_ => Credential));
        _services = collection.BuildServiceProvider();
    }

    public WireMockServer Server { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The clock the client uses: <see cref="Time"/>, or the system clock for tests of real timeouts.</summary>
    public TimeProvider Clock { get; }

    public StaticTokenCredential Credential { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public string ServiceUrl => Server.Url + "/emea/";

    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    public InMemoryOutgoingActivityLog SentLog => (InMemoryOutgoingActivityLog)_services.GetRequiredService<IOutgoingActivityLog>();

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    /// <summary>The request URIs exactly as sent, escaping included.</summary>
    public IReadOnlyList<string> SentUris => _sentUris.ToList();

    public Activity Message(string text = "Hallo") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = ConversationId },
        From = new ChannelAccount { Id = $"28:{BotAuthTestContext.AppId}", Name = "TeamBot" },
        Text = text,
    };

    /// <summary>Runs a call while moving the fake clock, one second per few real milliseconds, until it ends.</summary>
    public async Task<T> RunAsync<T>(Func<IConnectorClient, Task<T>> call)
    {
        var task = call(Client);
        while (!task.IsCompleted)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(task, Task.Delay(5));
        }

        return await task;
    }

    public void Dispose() => _services.Dispose();
}
