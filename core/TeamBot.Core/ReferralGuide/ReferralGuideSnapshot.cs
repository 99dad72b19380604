using TeamBot.Core.Language;
using TeamBot.Core.Regions;

namespace TeamBot.Core.ReferralGuide;

/// <summary>The verwijsgids over one region snapshot: entity lookup and the contract queries answers are built from.</summary>
public sealed class ReferralGuideSnapshot
{
    private readonly Dictionary<string, Provider> _providers;
    private readonly Dictionary<string, Product> _products;
    private readonly Dictionary<string, Municipality> _municipalities;
    private readonly ILookup<string, Contract> _contractsByProvider;
    private readonly ILookup<string, Contract> _contractsByProduct;
    private readonly ILookup<string, Provider> _providersBySpecialisation;

    public ReferralGuideSnapshot(RegionData data, long dataVersion = 0)
    {
        Data = data;
        DataVersion = dataVersion;
        Resolver = new EntityResolver(data);
        _providers = data.Providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        _products = data.Products.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        _municipalities = data.Municipalities.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        _contractsByProvider = data.Contracts.ToLookup(c => c.Provider, StringComparer.OrdinalIgnoreCase);
        _contractsByProduct = data.Contracts.ToLookup(c => c.ProductCode, StringComparer.OrdinalIgnoreCase);
        // Answers ask this per contract listed; folding every provider's terms each time made a large region slow.
        _providersBySpecialisation = data.Providers
            .SelectMany(p => p.Specialisations.Concat(p.TargetGroups).Select(term => (Term: TextFolding.Words(term), Provider: p)))
            .DistinctBy(entry => (entry.Term, entry.Provider.Name))
            .ToLookup(entry => entry.Term, entry => entry.Provider, StringComparer.Ordinal);
    }

    public RegionData Data { get; }

    public long DataVersion { get; }

    public EntityResolver Resolver { get; }

    public Provider? Provider(string name) => _providers.GetValueOrDefault(name);

    public Product? Product(string code) => _products.GetValueOrDefault(code);

    public Municipality? Municipality(string name) => _municipalities.GetValueOrDefault(name);

    /// <summary>Contracts in force on <paramref name="day"/>, narrowed by whatever is given.</summary>
    public IEnumerable<Contract> ContractsInForce(DateOnly day, ContractFilter filter) =>
        Candidates(filter).Where(c => c.IsInForceOn(day) && filter.Matches(c));

    /// <summary>Contracts that ended (status beëindigd or past their einddatum), narrowed by whatever is given.</summary>
    public IEnumerable<Contract> EndedContracts(DateOnly day, ContractFilter filter) =>
        Candidates(filter).Where(c => (c.Status == ContractStatus.Ended || c.EndDate < day) && filter.Matches(c));

    /// <summary>Contracts agreed but not yet started on <paramref name="day"/> (status gepland, or an ingangsdatum still ahead).</summary>
    public IEnumerable<Contract> PlannedContracts(DateOnly day, ContractFilter filter) =>
        Candidates(filter).Where(c => c.Status != ContractStatus.Ended && c.StartDate > day && filter.Matches(c));

    /// <summary>The contracts of the named aanbieders or products, in workbook order, so a filter scans few rows.</summary>
    private IEnumerable<Contract> Candidates(ContractFilter filter)
    {
        if (filter.Providers.Count > 0) return filter.Providers.Distinct(StringComparer.OrdinalIgnoreCase).SelectMany(p => _contractsByProvider[p]);
        if (filter.ProductCodes.Count > 0) return filter.ProductCodes.Distinct(StringComparer.OrdinalIgnoreCase).SelectMany(p => _contractsByProduct[p]);
        return Data.Contracts;
    }

    /// <summary>Aanbieders with this specialisatie or doelgroep (as listed in the verwijsgids, case and accents aside).</summary>
    public IEnumerable<Provider> ProvidersWithSpecialisation(string term) => _providersBySpecialisation[TextFolding.Words(term)];

    /// <summary>Whether the aanbieder lists the term (folded) among its specialisaties or doelgroepen.</summary>
    public bool HasSpecialisation(string provider, string term) =>
        ProvidersWithSpecialisation(term).Any(p => string.Equals(p.Name, provider, StringComparison.OrdinalIgnoreCase));
}
