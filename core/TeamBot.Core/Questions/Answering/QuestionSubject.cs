using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// The slots that narrow a contract question: the region entities it names, grouped by kind, the gemeente the
/// answer is for, and the law, uitvoeringsvariant and einddatum window it sets.
/// </summary>
public sealed record QuestionSubject(
    IReadOnlyList<string> Providers,
    IReadOnlyList<string> ProductCodes,
    IReadOnlyList<string> Specialisations,
    string? Municipality,
    MunicipalitySource MunicipalitySource)
{
    /// <summary>"Wmo" or "Jeugdwet" when the question names one law; answers then keep to its products.</summary>
    public string? Law { get; init; }

    public DeliveryModel? DeliveryModel { get; init; }

    /// <summary>The law an age group in the question implies ("kinderen": Jeugdwet), for lists by doelgroep.</summary>
    public string? ImpliedLaw { get; init; }

    public DateWindow? EndWindow { get; init; }

    /// <summary>A day ahead the question asks about ("vanaf 2027"): who is contracted then, not today.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>How many gemeenten the question names; with two, one ja or nee cannot answer for both.</summary>
    public int MunicipalitiesNamed { get; init; }

    /// <summary>Whether <see cref="EndWindow"/> is about the max. einddatum ("welke contracten hebben een maximale einddatum in 2029").</summary>
    public bool WindowOnMaxEndDate { get; init; }

    /// <summary>The words of the question that name no region entity: what it asks about them ("wachttijdnorm voor de start van").</summary>
    public string Residual { get; init; } = "";

    /// <summary>The words typed that name more than one aanbieder ("Radar"), or null: then no single ja or nee fits.</summary>
    public string? AmbiguousProviderName { get; init; }

    /// <summary>Whether an aanbieder was only recognised by a typo or a part of its name.</summary>
    public bool ProviderIsApproximate { get; init; }

    /// <summary>Words that name nothing the region knows and fill no slot ("NAH-begeleiding" in a region without it), or null.</summary>
    public string? Unresolved { get; init; }

    /// <summary>The products named, grouped by where they were named: "BGI en BGG" is two groups of two products each.</summary>
    public IReadOnlyList<ProductGroup> ProductGroups { get; init; } = [];

    public bool HasEntities => Providers.Count > 0 || ProductCodes.Count > 0 || Specialisations.Count > 0;

    public ContractFilter Filter(bool withProviders = true, bool withProducts = true) =>
        new(withProviders ? Providers : [], withProducts ? ProductCodes : [], Municipality);

    /// <summary>A gemeente named in the question wins; otherwise the asker's gemeente; otherwise the whole region.</summary>
    public static QuestionSubject From(IReadOnlyList<EntityMatch> matches, string? askerMunicipality, IReadOnlyList<string> tokens, string question, DateOnly today)
    {
        var providers = Keys(matches, EntityKind.Provider);
        var named = NamedMunicipalities(matches, providers);
        var (municipality, source) = named.Count > 0
            ? (named[0], MunicipalitySource.Question)
            : askerMunicipality is not null ? (askerMunicipality, MunicipalitySource.Asker) : (null, MunicipalitySource.WholeRegion);
        return new QuestionSubject(providers, Keys(matches, EntityKind.Product), Keys(matches, EntityKind.Specialisation), municipality, source)
        {
            Law = QuestionSlots.Law(tokens),
            DeliveryModel = QuestionSlots.DeliveryModel(tokens),
            ImpliedLaw = QuestionSlots.ImpliedLaw(tokens),
            EndWindow = QuestionSlots.EndWindow(question, today),
            AsOf = QuestionSlots.AsOf(question, today),
            MunicipalitiesNamed = named.Count,
            WindowOnMaxEndDate = QuestionSlots.MentionsMaxEndDate(tokens),
            Residual = string.Join(' ', tokens.Where((_, i) => !matches.Any(m => m.TokenCount > 0 && i >= m.TokenStart && i < m.TokenStart + m.TokenCount))),
            ProductGroups = Groups(matches, tokens),
            AmbiguousProviderName = matches.Where(m => m.Kind == EntityKind.Provider && m.TokenCount > 0).GroupBy(m => (m.TokenStart, m.TokenCount))
                .Where(g => g.Select(m => m.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
                .Select(g => string.Join(' ', tokens.Skip(g.Key.TokenStart).Take(g.Key.TokenCount))).FirstOrDefault(),
            Unresolved = UnresolvedWords(matches, tokens),
            ProviderIsApproximate = providers.Count > 0 && (matches.Where(m => m.Kind == EntityKind.Provider).Max(m => m.Exactness) < 1
                || question.Contains(Redaction.Placeholders.Name, StringComparison.Ordinal) && matches.Where(m => m.Kind == EntityKind.Provider).All(m => m.TokenCount == 1)),
        };
    }

    /// <summary>
    /// The gemeenten the question names, those that are also part of a named aanbieder's name last: in "is Jeugdzorg
    /// Kerkrade in Heerlen gecontracteerd" the question is about Heerlen.
    /// </summary>
    private static List<string> NamedMunicipalities(IReadOnlyList<EntityMatch> matches, IReadOnlyList<string> providers)
    {
        var named = Keys(matches, EntityKind.Municipality);
        return named.OrderBy(m => providers.Any(p => p.Contains(m, StringComparison.OrdinalIgnoreCase)) ? 1 : 0).ToList();
    }

    // Words of a yes/no question about an aanbieder that ask nothing of their own: "Kan ik nog steeds naar X verwijzen in Y?"
    private static readonly HashSet<string> Fillers =
    [
        "ons", "onze", "mijn", "jouw", "jullie", "hun", "deze", "dit", "die", "ook", "nog", "alle", "alleen", "steeds", "gewoon", "eigenlijk",
        "mensen", "inwoners", "client", "clienten", "gemeente", "regio", "welke", "zijn", "hebben", "heeft", "wordt", "worden",
        "gecontracteerd", "contract", "contracten", "contractpartner", "ingekocht", "aanbieder", "aanbieders", "zorgaanbieder", "product", "producten",
        "levert", "leveren", "biedt", "bieden", "doet", "doen", "werkt", "werken", "kunnen", "mogen", "verwijzen", "doorverwijzen",
        "terecht", "toewijzen", "inzetten", "plaatsen", "aanmelden", "sturen", "doorsturen", "naartoe", "daar", "daarvoor", "hier", "altijd", "meer", "weer",
        "actief", "lopend", "lopende", "geldig", "geldt", "gelden", "staat", "staan", "verwijsgids", "klopt", "kloppen", "graag", "weten",
        "vraag", "vragen", "moment", "momenteel", "tegenwoordig", "toegang", "team", "vanuit", "binnen", "onder", "tussen",
        "naar", "voor", "over", "door", "zich", "toch", "even", "maar", "iets", "zoals", "welk", "waar", "wanneer", "omdat", "want",
        "niet", "geen", "zonder", "nooit",
    ];

    /// <summary>
    /// The words a question adds that name nothing the region knows and ask no slot ("doet X ook NAH-begeleiding"):
    /// the question narrows by something no slot holds, so a flat "Ja" would claim more than the data says.
    /// </summary>
    private static string? UnresolvedWords(IReadOnlyList<EntityMatch> matches, IReadOnlyList<string> tokens)
    {
        var words = tokens.Where((token, i) => !matches.Any(m => m.TokenCount > 0 && i >= m.TokenStart && i < m.TokenStart + m.TokenCount))
            .Where(token => token.Length >= 4 && !token.All(char.IsDigit) && !Fillers.Contains(token))
            .ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static List<ProductGroup> Groups(IReadOnlyList<EntityMatch> matches, IReadOnlyList<string> tokens)
    {
        var products = matches.Where(m => m.Kind == EntityKind.Product).ToList();
        if (products.Count == 0) return [];
        var best = products.Max(m => m.Exactness);
        return products.Where(m => m.Exactness == best).GroupBy(m => (m.TokenStart, m.TokenCount))
            .Select(g => new ProductGroup(g.Select(m => m.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                tokens.Skip(g.Key.TokenStart).Take(g.Key.TokenCount).ToList()))
            .ToList();
    }

    private static List<string> Keys(IReadOnlyList<EntityMatch> matches, EntityKind kind)
    {
        var ofKind = matches.Where(m => m.Kind == kind).ToList();
        if (ofKind.Count == 0) return [];
        var best = ofKind.Max(m => m.Exactness);
        return ofKind.Where(m => m.Exactness == best).Select(m => m.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
