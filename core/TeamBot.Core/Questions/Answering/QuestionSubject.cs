using TeamBot.Core.ReferralGuide;

namespace TeamBot.Core.Questions.Answering;

/// <summary>The region entities a question names, grouped by kind, and the gemeente the answer is for.</summary>
public sealed record QuestionSubject(
    IReadOnlyList<string> Providers,
    IReadOnlyList<string> ProductCodes,
    IReadOnlyList<string> Specialisations,
    string? Municipality,
    MunicipalitySource MunicipalitySource)
{
    public bool HasEntities => Providers.Count > 0 || ProductCodes.Count > 0 || Specialisations.Count > 0;

    public ContractFilter Filter(bool withProviders = true, bool withProducts = true) =>
        new(withProviders ? Providers : [], withProducts ? ProductCodes : [], Municipality);

    /// <summary>A gemeente named in the question wins; otherwise the asker's gemeente; otherwise the whole region.</summary>
    public static QuestionSubject From(IReadOnlyList<EntityMatch> matches, string? askerMunicipality)
    {
        var named = Keys(matches, EntityKind.Municipality);
        var (municipality, source) = named.Count > 0
            ? (named[0], MunicipalitySource.Question)
            : askerMunicipality is not null ? (askerMunicipality, MunicipalitySource.Asker) : (null, MunicipalitySource.WholeRegion);
        return new QuestionSubject(
            Keys(matches, EntityKind.Provider), Keys(matches, EntityKind.Product), Keys(matches, EntityKind.Specialisation),
            municipality, source);
    }

    private static List<string> Keys(IReadOnlyList<EntityMatch> matches, EntityKind kind)
    {
        var ofKind = matches.Where(m => m.Kind == kind).ToList();
        if (ofKind.Count == 0) return [];
        var best = ofKind.Max(m => m.Exactness);
        return ofKind.Where(m => m.Exactness == best).Select(m => m.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
