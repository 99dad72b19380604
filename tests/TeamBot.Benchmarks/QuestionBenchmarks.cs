using BenchmarkDotNet.Attributes;
using TeamBot.Core.Questions;

namespace TeamBot.Benchmarks;

/// <summary>
/// The whole question pipeline (redact, classify, resolve, answer, log to SQLite) on a region ten times the sample.
/// One question per invocation, so the percentile columns are per-question latencies across a varied question mix.
/// </summary>
[Config(typeof(PerCallLatencyConfig))]
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
        "hoe lang heeft een aanbieder om een afgekeurde declaratie te corigeren",
        "Mag ik Autismepunt Zuid inzetten voor logeeropvang in Heerlen Bravo?",
    ];

    private LargeRegionServices _region = null!;
    private QuestionService _questions = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _region = new LargeRegionServices();
        _questions = _region.Get<QuestionService>();
        foreach (var question in Questions) Ask(question);
    }

    [Benchmark(Description = "Ask one question (10x region)")]
    public QuestionAnswer AskOneQuestion() => Ask(Questions[_next++ % Questions.Length]);

    [GlobalCleanup]
    public void Cleanup() => _region.Dispose();

    private QuestionAnswer Ask(string question) =>
        _questions.AskAsync(new QuestionRequest(question, "bench-user", "Heerlen", "benchmark")).GetAwaiter().GetResult();
}
