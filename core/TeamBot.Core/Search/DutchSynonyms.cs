namespace TeamBot.Core.Search;

/// <summary>
/// Words a caseworker uses for what the documents call otherwise. Every word of a group finds the others;
/// a member marked "&gt;" is only found, never looked up ("termijn" is too broad to mean "wachttijd").
/// A member of several words ("kortdurend verblijf") matches when all its words occur in the section.
/// </summary>
internal sealed class DutchSynonyms
{
    private static readonly string[][] Groups =
    [
        ["logeeropvang", "logeren", "kortdurend verblijf"],
        ["declareren", "declaratie", "declareert", "gedeclareerd", "factureren", "factuur", "rekening"],
        ["wachttijd", "wachttijden", "wachtlijst", "wachten", ">termijn"],
        ["spoed", "crisis", "acuut", "spoedeisend", "noodsituatie"],
        ["pgb", "persoonsgebonden budget"],
        ["zin", "zorg in natura"],
        ["onderaannemer", "onderaannemers", "onderaanneming", "uitbesteden", "inhuren"],
        ["opzeggen", "opzegging", "opzegtermijn", "stoppen met het contract"],
        ["tarief", "tarieven", "prijs", "prijzen", "kost", "kosten", ">vergoeding"],
        ["no-show", "afwezigheid", "afwezig", "opdagen", ">afgezegd", ">nakomt"],
        ["calamiteit", "calamiteiten", "incident"],
        ["verhuizen", "verhuizing", "verhuist", "verhuisd"],
        ["wijzigen", "wijziging", "aanpassen", "ophogen"],
        ["verlengen", "verlenging", "verlengd"],
        ["beëindigen", "beëindiging", "stoppen", "stopbericht"],
        ["boete", "sanctie", "sanctieprotocol", "ingebrekestelling"],
        ["corrigeren", "correctie", "correcties", "creditering", "crediteren"],
        ["klacht", "klachten", "klagen", "ontevreden"],
        ["contract", "overeenkomst", "dvo"],
        ["huisarts", "jeugdarts", "medisch specialist"],
        ["faillissement", "failliet"],
        ["controle", "controleren", "controleert", "gecontroleerd", "materiële controle"],
        ["betaling", "betalen", "betaald", "uitbetaald"],
        ["vog", "verklaring omtrent het gedrag"],
        ["vaak", "frequentie", ">jaarlijks"],
        ["geldig", "geldigheid", ">looptijd"],
        ["einddatum", "eindigt", "eindigen", "afloopt", "aflopen"],
        ["overstap", "overstappen", "wisselen", "overzetten", "overdragen", "overgedragen"],
        ["aanvragen", "aanvraag", "aanvraagt", "verzoek", ">vraagt"],
        ["kind", "kinderen", "jeugdige", "jongere", "jongeren"],
        ["doorverwijzen", "doorverwijst", "doorverwezen", "verwijzen", "verwijst", "verwezen", "verwijzing"],
        ["samen", "tegelijk", "tegelijkertijd", "combinatie", "combineren", "stapeling"],
        ["duren", "duurt", "duur"],
        ["indienen", "ingediend", "indient", "dien", "inleveren", ">meldt", ">melden"],
        ["bellen", "telefonisch", "telefoon", "bereikbaar"],
        ["skj", "kwaliteitsregister"],
    ];

    private const char TargetOnly = '>';

    private readonly Dictionary<string, List<IReadOnlyList<string>>> _alternativesByStem = new(StringComparer.Ordinal);

    public DutchSynonyms(DutchTextAnalysis analysis)
    {
        foreach (var group in Groups) AddGroup(analysis, group);
    }

    /// <summary>The stems of the other words of the groups this stem belongs to; each entry is one word or phrase.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AlternativesFor(string stem) =>
        _alternativesByStem.TryGetValue(stem, out var alternatives) ? alternatives : [];

    private void AddGroup(DutchTextAnalysis analysis, string[] group)
    {
        var members = group.Select(member => new Member(StemsOf(analysis, member), member.StartsWith(TargetOnly))).ToList();
        foreach (var member in members.Where(member => member.Stems.Count == 1 && !member.IsTargetOnly).Select(member => member.Stems))
        {
            var alternatives = _alternativesByStem.TryGetValue(member[0], out var existing) ? existing : _alternativesByStem[member[0]] = [];
            var others = members.Select(other => other.Stems).Where(other => other.Count > 0 && !other.SequenceEqual(member));
            alternatives.AddRange(others.Where(other => !alternatives.Any(alternative => alternative.SequenceEqual(other))));
        }
    }

    private static IReadOnlyList<string> StemsOf(DutchTextAnalysis analysis, string member) =>
        analysis.Tokens(member.TrimStart(TargetOnly)).Select(token => token.Stem).ToList();

    private sealed record Member(IReadOnlyList<string> Stems, bool IsTargetOnly);
}
