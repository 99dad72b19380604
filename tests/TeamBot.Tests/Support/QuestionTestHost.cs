using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamBot.Bot.Hosting;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Tests.Support;

/// <summary>The real services over a temporary data folder with the sample region, a fake clock and captured logs.</summary>
public sealed class QuestionTestHost : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();

    private QuestionTestHost(IReadOnlyDictionary<string, string?> settings)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(1)));
        Clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs))
            .AddTeamBot(configuration, DataDirectory)
            .AddSingleton<TimeProvider>(Clock)
            .BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public ServiceProvider Services { get; }

    public string DataDirectory => _folder.File("data");

    public QuestionService Questions => Services.GetRequiredService<QuestionService>();

    public IQuestionLog Log => Services.GetRequiredService<IQuestionLog>();

    public static async Task<QuestionTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new QuestionTestHost(settings ?? new Dictionary<string, string?>());
        await host.Services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: true);
        return host;
    }

    public Task<QuestionAnswer> AskAsync(string text, string? municipality = null, string? askerId = null) =>
        Questions.AskAsync(new QuestionRequest(text, askerId, municipality, "test"));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _folder.Dispose();
    }
}
