namespace TeamBot.Core.Language;

/// <summary>
/// The one synonym lexicon: the words toegangen use for what the catalogue and the contract documents call otherwise.
/// Entity resolution reads <see cref="ProductPhrases"/>; document search reads <see cref="SearchGroups"/>, which include
/// the product phrases of <see cref="CatalogueTermsForSearch"/>, so a word like "logeeropvang" is written once.
/// </summary>
public static class SynonymLexicon
{
    /// <summary>A normalised phrase as typed -> the normalised phrase the product names contain.</summary>
    public static readonly IReadOnlyDictionary<string, string> ProductPhrases = new Dictionary<string, string>
    {
        ["logeeropvang"] = "kortdurend verblijf",
        ["logeren"] = "kortdurend verblijf",
        ["logeerhuis"] = "kortdurend verblijf",
        ["respijtzorg"] = "kortdurend verblijf",
        ["dagbesteding"] = "begeleiding groep",
        ["groepsbegeleiding"] = "begeleiding groep",
        ["individuele begeleiding"] = "begeleiding individueel",
        ["ambulante begeleiding"] = "begeleiding individueel",
        ["dyslexiezorg"] = "dyslexie",
        ["dyslexiebehandeling"] = "dyslexie behandeling",
        ["ernstige enkelvoudige dyslexie"] = "dyslexie",
        ["ggz"] = "ggz",
        ["jggz"] = "jeugd ggz",
        ["jeugdggz"] = "jeugd ggz",
        ["pleeggezin"] = "pleegzorg",
        ["pleegkind"] = "pleegzorg",
        ["pleegkinderen"] = "pleegzorg",
        ["pleegouders"] = "pleegzorg",
        ["crisisplek"] = "crisisopvang",
        ["spoedopvang"] = "crisisopvang",
        ["spoedplaatsing"] = "crisisopvang",
        ["noodopvang"] = "crisisopvang",
        ["taxi"] = "vervoer",
        ["taxivervoer"] = "vervoer",
        ["leerlingenvervoer"] = "vervoer",
        ["residentieel"] = "residentiele jeugdhulp",
        ["verblijf met behandeling"] = "residentiele jeugdhulp",
        ["multi systeem therapie"] = "multisysteemtherapie",
    };

    /// <summary>
    /// The abbreviations toegangen type, with the phrases a region's catalogue or documents may spell out instead.
    /// A region whose names contain the abbreviation itself (a product "Begeleiding individueel (BGI-ZIN)") resolves
    /// it directly; elsewhere these phrases stand in, so "BGI" finds "Individuele begeleiding" in any region.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Abbreviations = new Dictionary<string, IReadOnlyList<string>>
    {
        ["bgi"] = ["begeleiding individueel", "individuele begeleiding"],
        ["bgg"] = ["begeleiding groep", "groepsbegeleiding", "dagbesteding"],
        ["bg"] = ["begeleiding individueel", "individuele begeleiding", "begeleiding groep", "groepsbegeleiding"],
        ["eed"] = ["ernstige enkelvoudige dyslexie", "dyslexie"],
        ["ggz"] = ["geestelijke gezondheidszorg", "jeugd ggz", "ggz"],
        ["jggz"] = ["jeugd ggz", "geestelijke gezondheidszorg"],
        ["lvb"] = ["licht verstandelijke beperking", "licht verstandelijk beperkt", "verstandelijke beperking"],
        ["nah"] = ["niet aangeboren hersenletsel", "hersenletsel"],
        ["kv"] = ["kortdurend verblijf", "logeeropvang", "logeren"],
        ["pgb"] = ["persoonsgebonden budget"],
        ["zin"] = ["zorg in natura"],
        ["jgz"] = ["jeugdgezondheidszorg"],
        ["mst"] = ["multisysteemtherapie"],
        ["gi"] = ["gecertificeerde instelling"],
    };

    /// <summary>
    /// The law an abbreviation belongs to: BGI and BGG are the Wmo's begeleiding, so "BGI" finds "Individuele begeleiding"
    /// and not "Individuele begeleiding jeugd" beside it, unless the region has no Wmo product of that name.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AbbreviationLaws = new Dictionary<string, string>
    {
        ["bgi"] = "Wmo",
        ["bgg"] = "Wmo",
        ["bg"] = "Wmo",
    };

    /// <summary>Catalogue terms whose typed phrases are search synonyms too (the documents use both).</summary>
    public static readonly IReadOnlyList<string> CatalogueTermsForSearch = ["kortdurend verblijf"];

    /// <summary>
    /// Every word of a group finds the others; a member marked "&gt;" is only found, never looked up ("termijn" is too
    /// broad to mean "wachttijd"). A member of several words matches when all its words occur in the section.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> SearchGroups =
    [
        .. CatalogueTermsForSearch.Select(term => (IReadOnlyList<string>)[term, .. ProductPhrases.Where(p => p.Value == term).Select(p => p.Key)]),
        .. Abbreviations.Where(a => a.Key is not ("pgb" or "zin" or "bg")).Select(a => (IReadOnlyList<string>)[a.Key, .. a.Value]),
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
        ["toewijzen", "toegewezen", "toewijzing", "toewijzingen", "toewijst", "toekennen", "toegekend", "toekenning", "indiceren", "geïndiceerd", ">indicatie"],
        ["maximaal", "maximale", "hoogstens", "ten hoogste", "maximum"],
        ["beëindigen", "beëindiging", "stoppen", "stopbericht"],
        ["boete", "sanctie", "sanctieprotocol", "ingebrekestelling"],
        ["corrigeren", "gecorrigeerd", "correctie", "correcties", "creditering", "crediteren"],
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
        ["samen", "tegelijk", "tegelijkertijd", "combinatie", "combineren", "stapeling", "stapelen", "gestapeld", "naast elkaar"],
        ["duren", "duurt", "duur"],
        ["indienen", "ingediend", "indient", "dien", "inleveren", ">meldt", ">melden"],
        ["bellen", "telefonisch", "telefoon", "bereikbaar"],
        ["skj", "kwaliteitsregister"],
        // Contracts name the parties by their role: the aanbieder is opdrachtnemer, the gemeente opdrachtgever.
        ["aanbieder", "aanbieders", "zorgaanbieder", "zorgaanbieders", "opdrachtnemer", "opdrachtnemers", "leverancier", "zorgverlener"],
        ["opdrachtgever", "opdrachtgevers", ">gemeente", ">gemeenten"],
        ["beslissen", "beslist", "beslissing", "besluit", "besluiten"],
        ["kwartaal", "drie maanden", "3 maanden"],
    ];
}
