using System.Collections.Frozen;

namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// Word lists behind the generalising features, in folded form. They name kinds of words (a person, a modal
/// verb, a question word) rather than the sample region's names, so they carry over to unseen questions.
/// </summary>
internal static class CueWords
{
    /// <summary>
    /// One person: the client or someone close to them. Plurals ("jongeren", "gezinnen") speak of a group and are
    /// left out, except "ouders", which nearly always means the client's parents.
    /// </summary>
    public static readonly FrozenSet<string> Person = FrozenSet.ToFrozenSet(
    [
        "zoon", "dochter", "moeder", "vader", "ouder", "ouders", "meisje", "jongen", "gezin", "client", "cliente",
        "mevrouw", "meneer", "mw", "mevr", "dhr", "kind", "kindje", "jongere", "tweeling", "oma", "opa", "familie",
        "vrouw", "man", "dame", "baby", "peuter", "tiener", "puber", "jongvolwassene", "broer", "zus", "zusje",
        "broertje", "pleegkind", "partner", "weduwnaar", "weduwe", "oudere", "echtgenoot", "kleindochter",
        "kleinzoon", "casus", "hij", "hem", "haar", "zij",
    ]);

    /// <summary>Words that point at one known case: "deze moeder", "dit kind", "mijn cliënt".</summary>
    public static readonly FrozenSet<string> Pointing = FrozenSet.ToFrozenSet(["deze", "dit", "die", "mijn", "onze", "zijn", "haar", "hun"]);

    /// <summary>Modal verbs, and verbs that open a case when next to "ik" or "we" ("ik heb een", "ik twijfel").</summary>
    public static readonly FrozenSet<string> Modal = FrozenSet.ToFrozenSet(
    [
        "moet", "mag", "kan", "kun", "zal", "zou", "wil", "ga", "moeten", "mogen", "kunnen", "willen", "gaan",
        "twijfel", "overweeg", "vind", "denk", "heb", "zit", "wilde",
    ]);

    public static readonly FrozenSet<string> FirstPerson = FrozenSet.ToFrozenSet(["ik", "we", "wij"]);

    public static readonly FrozenSet<string> SecondPerson = FrozenSet.ToFrozenSet(["je", "jij", "jullie", "u"]);

    /// <summary>Verbs of advice or choice that, addressed to "je/jij/jullie", ask for a judgement on a case.</summary>
    public static readonly FrozenSet<string> Advice = FrozenSet.ToFrozenSet(
        ["zou", "zouden", "adviseer", "adviseert", "adviseren", "raad", "raden", "kies", "kiezen", "denk", "vind", "doe", "doen", "zet"]);

    /// <summary>Words that open a question and say what kind of answer is wanted.</summary>
    public static readonly FrozenSet<string> QuestionWords = FrozenSet.ToFrozenSet(
        ["wie", "wat", "welke", "welk", "hoe", "hoeveel", "hoelang", "wanneer", "waar", "waarom", "waarvoor", "waarmee", "klopt", "geldt"]);

    /// <summary>
    /// Fragments of youth-care and Wmo vocabulary, found inside words so compounds and unseen products count
    /// ("thuishulp", "jeugdhulpcontract"). A question without any of them is rarely about contracts or clients.
    /// </summary>
    public static readonly string[] DomainFragments =
    [
        "zorg", "jeugdhulp", "thuishulp", "hulpverle", "contract", "aanbied", "tarie", "product", "declar",
        "toewij", "indic", "beschik", "jeugd", "begeleid", "behandel", "besteding", "opvang", "pleeg", "verblijf",
        "ambulant", "therap", "training", "diagnos", "dyslex", "crisis", "logeer", "inkoop", "verwijs", "segment",
        "perceel", "uitvoering", "gericht", "lumpsum", "bekostig", "etmaal", "dagdeel", "traject", "ondersteun",
        "client", "casus", "verleng", "wachtlijst", "wachttijd", "onderaanne", "gezin", "autis", "verslav",
        "dementie", "overeenkomst", "einddatum", "ingangsdatum", "protocol", "instructie", "sanctie",
        "accounthouder", "aanmeld", "verantwoording", "factu", "inzet", "inwoner", "contactpersoon",
        "contactgegeven", "aanspreekpunt",
    ];

    /// <summary>Care abbreviations, and the shapes of product codes and iJw messages, that count as domain words.</summary>
    public static readonly FrozenSet<string> DomainAbbreviations = FrozenSet.ToFrozenSet(
        ["pgb", "bgi", "bgg", "eed", "ggz", "lvb", "mst", "nah", "dvo", "sla", "ijw", "adhd", "wmo", "zvw", "gi", "[CODE]", "[BERICHT]"]);

    /// <summary>Office, IT and staff matters (overig), matched at the start of a word ("wachtwoordreset", "verlofaanvraag").</summary>
    public static readonly string[] OfficePrefixes =
    [
        "laptop", "printer", "wachtwoord", "inlog", "teams", "outlook", "excel", "vpn", "wifi", "ict", "onedrive",
        "sharepoint", "mailbox", "browser", "scherm", "camera", "headset", "update", "installe", "storing",
        "foutmelding", "foutcode", "verlof", "salaris", "rooster", "vakantie", "lunch", "kantine", "parkeer",
        "vergader", "agenda", "borrel", "teamdag", "koffie", "weerbericht", "jarig", "verjaardag", "kerst",
        "carnaval", "servicedesk", "burgemeester", "linkedin", "computer", "account", "bestand",
        "zorgned", "suite", "ggk", "login", "crash", "laadt",
    ];

    /// <summary>Words asking for a judgement on a situation, which the toegang makes itself.</summary>
    public static readonly FrozenSet<string> Judgement = FrozenSet.ToFrozenSet(
    [
        "passend", "past", "passen", "geschikt", "verstandig", "verantwoord", "slim", "beter", "advies", "adviseer",
        "adviseert", "adviseren", "aanraden", "twijfel", "inschatten", "inschatting", "afwegen", "weeg", "beoordeel",
        "beoordelen", "overweeg", "kies", "kiezen", "keuze", "voldoende", "genoeg", "realistisch", "prioriteer",
        "mening", "meedenken", "aanpak", "situatie", "thuissituatie",
    ]);

    /// <summary>Thanks and greetings; a message made of these is overig, however many other words it has.</summary>
    public static readonly FrozenSet<string> Courtesy = FrozenSet.ToFrozenSet(
    [
        "bedankt", "dank", "dankjewel", "dankuwel", "dankje", "thanks", "thx", "merci", "top", "super", "fijn",
        "prima", "hartelijk", "hallo", "hoi", "hey", "hee", "he", "goedemorgen", "goedemiddag", "goedenavond",
        "middag", "morgen", "yo", "groet", "groeten", "weekend",
    ]);
}
