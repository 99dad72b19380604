using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Core.ComposeSearch;

/// <summary>
/// The products a gemeente's contract questions named most in the recent question log: what an empty compose-box
/// search shows (chat questions only). Kept a while per gemeente, since Teams asks for it each time the search opens.
/// </summary>
public sealed class MostAskedProducts(IQuestionLog log, IOptions<ComposeSearchOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<string> Codes)> _cache = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="municipality">Null counts the questions of every gemeente.</param>
    public async Task<IReadOnlyList<string>> ForAsync(string? municipality, CancellationToken cancellationToken = default)
    {
        var key = municipality ?? "";
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && now - cached.At < options.Value.PopularCacheDuration) return cached.Codes;
        var codes = await CountAsync(municipality, now, cancellationToken);
        _cache[key] = (now, codes);
        return codes;
    }

    private async Task<IReadOnlyList<string>> CountAsync(string? municipality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = await log.ListAsync(now.AddDays(-options.Value.PopularLookbackDays), null, cancellationToken);
        return entries
            // Chosen compose results are left out: what this list shows would otherwise keep itself on top.
            .Where(e => e.Category == QuestionCategory.Contract && e.Intent != ComposeSearchService.Intent && e.Topics is not null && IsAbout(e, municipality))
            .SelectMany(e => e.Topics!.ProductCodes.Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(code => code, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(options.Value.PopularProducts)
            .Select(g => g.Key)
            .ToList();
    }

    private static bool IsAbout(QuestionLogEntry entry, string? municipality) =>
        municipality is null
        || string.Equals(entry.Topics?.Municipality ?? entry.AskerMunicipality, municipality, StringComparison.OrdinalIgnoreCase);
}
