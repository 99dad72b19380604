using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Digest;

/// <summary>The products and aanbieders asked about most in a set of questions (each question counts once per topic).</summary>
public static class DigestTopics
{
    public static IReadOnlyList<DigestTopic> Products(IEnumerable<QuestionLogEntry> entries, RegionData data, int count)
    {
        var names = data.Products.ToDictionary(p => p.Code, p => p.Name, StringComparer.OrdinalIgnoreCase);
        return Top(entries, t => t.ProductCodes, count)
            .Select(t => new DigestTopic(names.GetValueOrDefault(t.Key, t.Key), t.Key, t.Questions)).ToList();
    }

    public static IReadOnlyList<DigestTopic> Providers(IEnumerable<QuestionLogEntry> entries, int count) =>
        Top(entries, t => t.Providers, count).Select(t => new DigestTopic(t.Key, null, t.Questions)).ToList();

    private static IEnumerable<(string Key, int Questions)> Top(IEnumerable<QuestionLogEntry> entries, Func<QuestionTopics, IReadOnlyList<string>> select, int count) =>
        entries.Where(e => e.Topics is not null)
            .SelectMany(e => select(e.Topics!).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(key => key, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(count);
}
