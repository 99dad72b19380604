using TeamBot.Core.Language;
using TeamBot.Core.Questions.Answering;
using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;

namespace TeamBot.Core.ComposeSearch;

/// <summary>
/// The contracts in force a compose-box query names: the chat's entity resolution first (names, abbreviations, typos,
/// specialisaties), then word beginnings, since a search box is read while the user is still typing ("logeer").
/// </summary>
internal static class ContractFinder
{
    // A shorter beginning matches half the catalogue.
    private const int MinPrefixLength = 3;

    public static ComposeSearchResult Find(ReferralGuideSnapshot guide, string redactedQuery, string? defaultMunicipality, DateOnly today, int max)
    {
        var tokens = TextFolding.Tokens(redactedQuery);
        var matches = guide.Resolver.Resolve(redactedQuery);
        var named = Keys(matches, EntityKind.Municipality);
        var providers = Keys(matches, EntityKind.Provider);
        var products = Keys(matches, EntityKind.Product);
        var specialisations = Keys(matches, EntityKind.Specialisation);
        if (providers.Count + products.Count + specialisations.Count == 0)
        {
            var loose = Unmatched(tokens, matches);
            if (named.Count == 0 && Beginning(guide.Data.Municipalities.Select(m => m.Name), loose) is [var gemeente])
            {
                named = [gemeente];
                loose = loose.Where(word => !BeginsAWord(gemeente, word)).ToList();
            }
            // A beginning that fits a product reads as the product ("pleeg": Pleegzorg), not as an aanbieder named after it.
            products = Beginning(guide.Data.Products.Select(p => p.Name), loose)
                .SelectMany(name => guide.Data.Products.Where(p => p.Name == name).Select(p => p.Code)).ToList();
            if (products.Count == 0) providers = Beginning(guide.Data.Providers.Select(p => p.Name), loose);
        }
        var municipality = named.FirstOrDefault() ?? defaultMunicipality;
        var law = QuestionSlots.Law(tokens);
        var model = QuestionSlots.DeliveryModel(tokens);
        if (providers.Count + products.Count + specialisations.Count == 0 && named.Count == 0 && law is null && model is null)
            return new ComposeSearchResult([], 0, municipality, ComposeSearchBasis.NothingFound, today);

        var contracts = guide.ContractsInForce(today, new ContractFilter(providers, products, municipality))
            .Where(c => specialisations.Count == 0 || providers.Count > 0 || HasProfile(guide, c.Provider, specialisations))
            // "Wmo begeleiding" keeps to the Wmo's products, "taakgericht" to that uitvoeringsvariant.
            .Where(c => law is null || QuestionSlots.IsUnder(guide.Product(c.ProductCode), law))
            .Where(c => model is null || c.DeliveryModel == model)
            .ToList();
        return Result(guide, contracts, municipality, ComposeSearchBasis.Matches, today, max);
    }

    /// <summary>The contracts in force of the given products, in the order given, for an empty query.</summary>
    public static ComposeSearchResult OfProducts(ReferralGuideSnapshot guide, IReadOnlyList<string> productCodes, string? municipality, DateOnly today, int max)
    {
        var contracts = productCodes
            .SelectMany(code => guide.ContractsInForce(today, new ContractFilter([], [code], municipality)).OrderBy(c => c.Provider, StringComparer.CurrentCultureIgnoreCase))
            .ToList();
        return new ComposeSearchResult(contracts.Take(max).Select(c => Hit(guide, c)).ToList(), contracts.Count, municipality, ComposeSearchBasis.MostAsked, today);
    }

    private static ComposeSearchResult Result(ReferralGuideSnapshot guide, List<Contract> contracts, string? municipality, ComposeSearchBasis basis, DateOnly today, int max)
    {
        var hits = contracts.Select(c => Hit(guide, c))
            .OrderBy(h => h.ProductName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(h => h.Contract.Provider, StringComparer.CurrentCultureIgnoreCase)
            .Take(max)
            .ToList();
        return new ComposeSearchResult(hits, contracts.Count, municipality, basis, today);
    }

    private static ContractHit Hit(ReferralGuideSnapshot guide, Contract contract) =>
        new(contract, guide.Provider(contract.Provider), guide.Product(contract.ProductCode));

    private static List<string> Keys(IEnumerable<EntityMatch> matches, EntityKind kind) =>
        matches.Where(m => m.Kind == kind).Select(m => m.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool HasProfile(ReferralGuideSnapshot guide, string provider, IReadOnlyList<string> terms) =>
        terms.Any(term => guide.HasSpecialisation(provider, term));

    /// <summary>Words no entity or filter claimed, long enough to be the beginning of a name.</summary>
    private static List<string> Unmatched(string[] tokens, IReadOnlyList<EntityMatch> matches) =>
        tokens.Where((token, i) => token.Length >= MinPrefixLength
                                   && QuestionSlots.Law([token]) is null && QuestionSlots.DeliveryModel([token]) is null
                                   && !matches.Any(m => m.TokenCount > 0 && i >= m.TokenStart && i < m.TokenStart + m.TokenCount))
            .ToList();

    /// <summary>
    /// The names in which the most loose words begin a word ("logeer" finds "Kortdurend verblijf (logeeropvang)"
    /// through "logeeropvang"), or none when no word begins any.
    /// </summary>
    private static List<string> Beginning(IEnumerable<string> names, List<string> loose)
    {
        if (loose.Count == 0) return [];
        var scored = names.Select(name => (Name: name, Score: loose.Count(word => BeginsAWord(name, word)))).Where(s => s.Score > 0).ToList();
        if (scored.Count == 0) return [];
        var best = scored.Max(s => s.Score);
        return scored.Where(s => s.Score == best).Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static bool BeginsAWord(string name, string beginning) =>
        TextFolding.Tokens(name).Any(word => word.StartsWith(beginning, StringComparison.Ordinal));
}
