using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;

namespace TeamBot.Core.ComposeSearch;

/// <summary>
/// The verwijsgids from the Teams compose box: results as the user types, a chosen result logged as a question
/// answered from the verwijsgids (redacted, under a pseudonym, so the digest counts it), and the user's default gemeente.
/// </summary>
public sealed class ComposeSearchService(
    IRegionKnowledgeProvider knowledgeProvider,
    IUserPreferenceStore preferences,
    MostAskedProducts mostAsked,
    IQuestionLog log,
    IOptions<ComposeSearchOptions> options,
    RegionCalendar calendar,
    TimeProvider clock,
    ILogger<ComposeSearchService> logger)
{
    public const string Intent = "compose_search";

    public async Task<ComposeSearchResult> SearchAsync(ComposeSearchRequest request, CancellationToken cancellationToken = default)
    {
        var knowledge = await knowledgeProvider.GetAsync(cancellationToken);
        var redacted = Redacted(knowledge, request.Text);
        var municipality = await DefaultMunicipalityAsync(knowledge, request, cancellationToken);
        var max = options.Value.MaxResults;
        var result = string.IsNullOrWhiteSpace(redacted)
            ? ContractFinder.OfProducts(knowledge.Guide, await MostAskedOrMostContractedAsync(knowledge, municipality, cancellationToken), municipality, calendar.Today, max)
            : ContractFinder.Find(knowledge.Guide, redacted, municipality, calendar.Today, max);
        logger.ComposeSearched(result.Basis, result.Hits.Count, result.Total);
        return result with { RedactedQuery = redacted };
    }

    /// <summary>The picked contract as it stands now, logged as a question the verwijsgids answered; null when it is gone.</summary>
    /// <param name="askerMunicipality">The gemeente the user works for (as the chat knows it); the log counts the
    /// question there, while the gemeente searched in is only its topic.</param>
    public async Task<ContractHit?> ChooseAsync(ComposeChoice choice, string? askerId, string? askerMunicipality, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var knowledge = await knowledgeProvider.GetAsync(cancellationToken);
        var guide = knowledge.Guide;
        var contract = guide.ContractsInForce(calendar.Today, new ContractFilter([choice.Provider], [choice.ProductCode], null))
            .FirstOrDefault(c => IsChosen(c, choice));
        if (contract is null) return null;
        var hit = new ContractHit(contract, guide.Provider(contract.Provider), guide.Product(contract.ProductCode));
        var searched = choice.Municipality is null ? null : guide.Municipality(choice.Municipality)?.Name;
        var own = await OwnMunicipalityAsync(knowledge, askerId, askerMunicipality, cancellationToken);
        await LogAsync(knowledge, hit, choice.Query, new ChoiceMunicipalities(own, searched), askerId, clock.GetElapsedTime(started).TotalMilliseconds, cancellationToken);
        return hit;
    }

    /// <summary>The key tells apart contracts that differ only in gemeenten; a choice without one (an older card) matches on perceel.</summary>
    private static bool IsChosen(Contract contract, ComposeChoice choice) => choice.ContractKey is { } key
        ? string.Equals(contract.Key, key, StringComparison.OrdinalIgnoreCase)
        : string.Equals(contract.Lot ?? "", choice.Lot ?? "", StringComparison.OrdinalIgnoreCase);

    public async Task<UserPreferences> PreferencesAsync(string askerId, CancellationToken cancellationToken = default) =>
        await preferences.GetAsync(await log.PseudonymAsync(askerId, cancellationToken), cancellationToken);

    /// <summary>Stores the default gemeente as the region spells it; an empty value clears it.</summary>
    /// <returns>The stored name, or null with a Dutch problem when the region has no such gemeente.</returns>
    public async Task<(string? Municipality, string? Problem)> SetDefaultMunicipalityAsync(string askerId, string? municipality, CancellationToken cancellationToken = default)
    {
        var knowledge = await knowledgeProvider.GetAsync(cancellationToken);
        string? stored = null;
        if (!string.IsNullOrWhiteSpace(municipality))
        {
            var trimmed = municipality.Trim();
            stored = trimmed.Length <= ComposeChoice.MaxFieldLength ? knowledge.Guide.Municipality(trimmed)?.Name : null;
            if (stored is null) return (null, "Deze gemeente hoort niet bij de regio; kies er een uit de lijst.");
        }
        await preferences.SaveAsync(await log.PseudonymAsync(askerId, cancellationToken), new UserPreferences(stored), cancellationToken);
        return (stored, null);
    }

    /// <summary>A message's text as TeamBot would read it, personal data replaced: shown before it is asked.</summary>
    public async Task<string> RedactAsync(string text, CancellationToken cancellationToken = default) =>
        Redacted(await knowledgeProvider.GetAsync(cancellationToken), text, options.Value.MaxQuestionLength);

    /// <summary>The region's gemeenten, for the settings page.</summary>
    public async Task<IReadOnlyList<string>> MunicipalitiesAsync(CancellationToken cancellationToken = default) =>
        (await knowledgeProvider.GetAsync(cancellationToken)).Guide.Data.Municipalities.Select(m => m.Name).ToList();

    private string Redacted(RegionKnowledge knowledge, string text) => Redacted(knowledge, text, options.Value.MaxQueryLength);

    private static string Redacted(RegionKnowledge knowledge, string text, int maxLength)
    {
        var cleaned = QuestionText.Clean(text);
        if (cleaned.Length > maxLength) cleaned = cleaned[..maxLength];
        return knowledge.Redactor.Redact(cleaned).Text;
    }

    private Task<string?> DefaultMunicipalityAsync(RegionKnowledge knowledge, ComposeSearchRequest request, CancellationToken cancellationToken) =>
        OwnMunicipalityAsync(knowledge, request.AskerId, request.AskerMunicipality, cancellationToken);

    /// <summary>The gemeente the user set in the extension's settings, else the one the chat knows them by.</summary>
    private async Task<string?> OwnMunicipalityAsync(RegionKnowledge knowledge, string? askerId, string? askerMunicipality, CancellationToken cancellationToken)
    {
        var own = askerId is { } asker ? (await PreferencesAsync(asker, cancellationToken)).DefaultMunicipality : null;
        return (own ?? askerMunicipality) is { } name ? knowledge.Guide.Municipality(name.Trim())?.Name : null;
    }

    /// <summary>
    /// The most asked products that are contracted in the gemeente today, topped up with the products with the most
    /// aanbieders there, so an empty search never opens on products without a contract.
    /// </summary>
    private async Task<IReadOnlyList<string>> MostAskedOrMostContractedAsync(RegionKnowledge knowledge, string? municipality, CancellationToken cancellationToken)
    {
        var mostContracted = knowledge.Guide.ContractsInForce(calendar.Today, new ContractFilter([], [], municipality))
            .GroupBy(c => c.ProductCode, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        var contracted = mostContracted.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var asked = (await mostAsked.ForAsync(municipality, cancellationToken)).Where(contracted.Contains);
        return asked.Concat(mostContracted).Distinct(StringComparer.OrdinalIgnoreCase).Take(options.Value.PopularProducts).ToList();
    }

    private sealed record ChoiceMunicipalities(string? Asker, string? Searched);

    private async Task LogAsync(RegionKnowledge knowledge, ContractHit hit, string? query, ChoiceMunicipalities municipalities, string? askerId, double latency, CancellationToken cancellationToken)
    {
        var redacted = Redacted(knowledge, string.IsNullOrWhiteSpace(query) ? $"{hit.Contract.Provider} {hit.ProductName}" : query);
        var pseudonym = askerId is null ? null : await log.PseudonymAsync(askerId, cancellationToken);
        var topics = new QuestionTopics([hit.Contract.Provider], [hit.Contract.ProductCode], municipalities.Searched);
        var source = new AnswerSource(AnswerSourceKind.ReferralGuide, "Verwijsgids", "Contracten");
        var entry = new QuestionLogEntry(0, clock.GetUtcNow(), redacted, QuestionCategory.Contract, 1, Intent, QuestionOutcome.Answered,
            [source], pseudonym, municipalities.Asker, ComposeSearchChannel, latency,
            AnswerText: $"{hit.Contract.Provider}: {hit.ProductName} ({hit.Contract.ProductCode})", Topics: topics);
        await log.AppendAsync(entry, cancellationToken);
    }

    /// <summary>How the log names the compose box, beside "msteams" for chat.</summary>
    public const string ComposeSearchChannel = "msteams-zoeken";
}
