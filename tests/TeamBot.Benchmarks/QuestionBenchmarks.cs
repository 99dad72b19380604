using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamBot.Bot.Hosting;
using TeamBot.Core.Questions;
using TeamBot.Core.Regions.Import;
using TeamBot.Core.Storage;

namespace TeamBot.Benchmarks;

/// <summary>
/// The whole question pipeline (redact, classify, resolve, answer, log to SQLite) on a region ten times the sample.
/// One question per invocation, so the percentile columns are per-question latencies across a varied question mix.
/// </summary>
[Config(typeof(Config))]
public class QuestionBenchmarks
{
    private static readonly string[] Questions =
    [
        "Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen Bravo?",
        "wat is het tarief van Radar voor ambulante jeugdhulp generalistisch",
        "Is Kompas gecontracteerd voor dyslexie in Maastricht Delta?",
        "Binnen hoeveel weken moet een aanbieder declareren?",
        "Mevrouw Jansen (34) uit Kerkrade, geboren 12-03-1990, wil minder uren begeleiding. Hoeveel uur moet ik indiceren?",
        "Wie is de contractmanager van SGL Echo?",
        "welke contracten zijn beëindigd in Brunssum",
        "Wat is de productcode van BGI?",
        "hoi, goedemorgen!",
        "Welke aanbieders in Kerkrade Golf hebben autisme als specialisatie?",
        "Wat is de procedure bij spoed of crisis?",
        "Ik heb een jongen van 14 met autisme in Landgraaf, welke aanbieder past het best?",
        "Hoe lang mag ik BGI toekennen?",
        "Mag ik BGI en BGG tegelijk toewijzen?",
        "Welke contracten lopen af in 2027?",
        "Welke aanbieders werken outputgericht in Heerlen Bravo?",
        "Wie levert vanaf 2027 crisisopvang?",
        "Wat is het uurtarief van Pleegzorg Mergelland Delta?",
    ];

    private ServiceProvider _services = null!;
    private QuestionService _questions = null!;
    private string _folder = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "teambot-bench-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SampleData:LoadOnFirstStart"] = "false" }).Build();
        _services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddTeamBot(configuration, _folder).BuildServiceProvider();
        _services.GetRequiredService<StorageInitializer>().InitializeAsync(loadSample: false).GetAwaiter().GetResult();
        var region = LargeRegion.Build();
        var record = new ImportRecord(0, DateTimeOffset.UtcNow, "groot.xlsx", "", region.Counts, []);
        _services.GetRequiredService<IRegionStore>().ReplaceAsync(region, record).GetAwaiter().GetResult();
        _questions = _services.GetRequiredService<QuestionService>();
        foreach (var question in Questions) Ask(question);
    }

    [Benchmark(Description = "Ask one question (10x region)")]
    public QuestionAnswer AskOneQuestion() => Ask(Questions[_next++ % Questions.Length]);

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private QuestionAnswer Ask(string question) =>
        _questions.AskAsync(new QuestionRequest(question, "bench-user", "Heerlen", "benchmark")).GetAwaiter().GetResult();

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithInvocationCount(1).WithUnrollFactor(1)
                .WithWarmupCount(24).WithIterationCount(600));
            AddColumn(new PercentileColumn(50), new PercentileColumn(95), new PercentileColumn(99));
        }
    }
}
