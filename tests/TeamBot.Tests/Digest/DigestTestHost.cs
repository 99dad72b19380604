using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamBot.Bot.Hosting;
using TeamBot.Core.Delivery;
using TeamBot.Core.Questions;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Digest;

/// <summary>
/// One "instance" of TeamBot's services over a data folder (several may share one), on a fake clock, with a
/// recording channel instead of Teams. The sample region is loaded on first start.
/// </summary>
public sealed class DigestTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset MondayOfWeek49 = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1));

    private DigestTestHost(string dataDirectory, FakeTimeProvider clock, RecordingProactiveSender sender, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure)
    {
        Clock = clock;
        Sender = sender;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs))
            .AddTeamBot(configuration, dataDirectory)
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IProactiveSender>(sender);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    public RecordingProactiveSender Sender { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<DigestTestHost> StartAsync(string dataDirectory, FakeTimeProvider? clock = null, RecordingProactiveSender? sender = null,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var host = new DigestTestHost(dataDirectory, clock ?? new FakeTimeProvider(MondayOfWeek49), sender ?? new RecordingProactiveSender(),
            settings ?? new Dictionary<string, string?>(), configure);
        await host.Get<StorageInitializer>().InitializeAsync(loadSample: true);
        return host;
    }

    /// <summary>Configured digest channels (Digest:Channels) as (conversation id, audience, gemeente).</summary>
    public static Dictionary<string, string?> Channels(params (string Conversation, string Audience, string? Municipality)[] channels)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < channels.Length; i++)
        {
            settings[$"Digest:Channels:{i}:ConversationId"] = channels[i].Conversation;
            settings[$"Digest:Channels:{i}:Audience"] = channels[i].Audience;
            settings[$"Digest:Channels:{i}:Municipality"] = channels[i].Municipality;
        }
        return settings;
    }

    /// <summary>Asks through the real pipeline at a given moment, as asker <paramref name="askerId"/> of <paramref name="municipality"/>.</summary>
    public async Task<QuestionAnswer> AskAtAsync(DateTimeOffset at, string text, string? municipality, string askerId = "tenant:asker-1")
    {
        Clock.SetUtcNow(at);
        return await Get<QuestionService>().AskAsync(new QuestionRequest(text, askerId, municipality, "test"));
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
