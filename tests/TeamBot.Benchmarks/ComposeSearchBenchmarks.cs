using BenchmarkDotNet.Attributes;
using TeamBot.Core.ComposeSearch;
using TeamBot.Core.Questions;

namespace TeamBot.Benchmarks;

/// <summary>
/// A compose-box query as the invoke answers it: redact, resolve, filter the contracts, and render the card of every
/// result (at most 25), on a region ten times the sample. Teams gives a message extension 5 s.
/// </summary>
[Config(typeof(PerCallLatencyConfig))]
public class ComposeSearchBenchmarks
{
    private static readonly string[] Queries =
    [
        "pleegzorg",
        "logeer",
        "plegzorg",
        "autisme Heerlen Bravo",
        "BGI",
        "45A02",
        "",
        "wmo begeleiding",
        "Radar Jeugd",
        "dyslexie Maastricht Delta",
        "Heerlen",
        "xqzv wrdfl",
    ];

    private LargeRegionServices _region = null!;
    private ComposeSearchService _search = null!;
    private ComposeSearchCards _cards = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _region = new LargeRegionServices();
        _search = _region.Get<ComposeSearchService>();
        _cards = _region.Get<ComposeSearchCards>();
        // The most asked products of an empty query come from the log.
        var questions = _region.Get<QuestionService>();
        foreach (var question in new[] { "Wie biedt logeeropvang in Heerlen?", "Wat kost pleegzorg?" })
            questions.AskAsync(new QuestionRequest(question, "bench-user", "Heerlen", "benchmark")).GetAwaiter().GetResult();
        foreach (var query in Queries) Search(query);
    }

    [Benchmark(Description = "Compose-box query with its cards (10x region)")]
    public int SearchOneQuery() => Search(Queries[_next++ % Queries.Length]);

    [GlobalCleanup]
    public void Cleanup() => _region.Dispose();

    private int Search(string query)
    {
        var result = _search.SearchAsync(new ComposeSearchRequest(query, "bench-user", "Heerlen")).GetAwaiter().GetResult();
        return result.Hits.Sum(hit => _cards.Contract(hit, result.DataDate).SizeInBytes);
    }
}
