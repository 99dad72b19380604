using TeamBot.Core.Language;
using TeamBot.Core.Questions.Redaction;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// Word stems that say what a question asks. A stem matches a normalised token that starts with it,
/// so "tarief", "tarieven" and the typo "tarrief" all count; phrases match across tokens.
/// </summary>
internal sealed class IntentCues
{
    private static readonly string[] TariffStems = ["tarie", "tarrie", "tarif", "uurtarie", "kost", "prijs", "prijz", "bedrag", "vergoed", "euro"];
    private static readonly string[] ProductCodeStems = ["productcode", "code", "codes"];
    private static readonly string[] DeliveryModelStems = ["uitvoeringsvariant", "variant", "taakgericht", "outputgericht", "inspanningsgericht", "bekostiging", "financieringsvorm"];
    private static readonly string[] EndDateStems = ["einddatum", "afloop", "aflop", "looptijd", "eindigt", "eindigen", "maxeinddatum", "verloopt", "verlopen"];
    private static readonly string[] EndDatePhrases =
        ["loopt af", "lopen af", "loopt het contract", "tot wanneer", "hoe lang loopt", "hoelang loopt", "max einddatum", "maximale einddatum", "tot welke datum", "houdt op", "houden op", "stopt het contract", "stoppen de contracten"];
    private static readonly string[] ContactStems = ["contact", "telefoon", "telnr", "mail", "bereik", "bellen", "website", "emailadres"];
    private static readonly string[] ContractManagerStems = ["contractmanager", "contractbeheer", "accountmanager", "contractverantwoordelijk", "contracteigenaar"];
    private static readonly string[] EndedStems = ["beeindig", "gestopt", "opgezegd", "failliet", "faillissement", "vervallen", "ontbonden", "afgelopen"];
    private static readonly string[] EndedPhrases = ["niet meer gecontracteerd", "geen contract meer", "niet meer ingekocht"];
    private static readonly string[] SignalPhrases =
    [
        "houdt zich niet", "houden zich niet", "niet aan de afspraken", "niet aan afspraken", "afspraken niet na", "niet nakomen",
        "komt niet na", "komen niet na", "te lang wacht", "wachttijd te lang", "wachtlijst te lang", "declareert te", "declareren te",
        "te veel gedeclareerd", "dubbel gedeclareerd", "levert niet", "leveren niet", "geen rapportage", "niet bereikbaar",
        "reageert niet", "reageren niet", "niet gestart", "start niet", "weigert", "klacht over", "klachten over", "signaal over",
        "melding over", "niet geleverd", "werkt niet mee", "niet volgens contract", "in strijd met",
    ];
    private static readonly string[] ProductInfoPhrases =
        ["wat is", "wat zijn", "wat houdt", "wat betekent", "wat valt onder", "wat valt er onder", "wat zit er in", "omschrijving", "uitleg", "verschil tussen", "wat is het verschil"];
    private static readonly string[] ProviderProductsPhrases =
        ["welke producten", "welke zorg", "wat levert", "wat leveren", "waarvoor", "wat biedt", "wat bieden", "wat doet", "welke hulp", "wat mag", "welke productcodes", "voor welke"];
    private static readonly string[] ContractManagerPhrases =
    [
        "vragen over het contract", "vragen over de contract", "vraag over het contract", "over het contract met", "over de afspraken met",
        "aanspreekpunt bij het inkoopteam", "aanspreekpunt van het inkoopteam", "aanspreekpunt voor het contract", "wie gaat over het contract", "wie gaat over de contract", "wie beheert", "wie is verantwoordelijk voor het contract",
        "bij het inkoopteam voor", "contactpersoon bij het inkoopteam", "contactpersoon van het inkoopteam",
    ];
    private static readonly string[] ContactPhrases =
        ["hoe bereik", "hoe kan ik bereiken", "contact opnemen", "contactgegevens", "contactpersoon", "bereikbaar", "aanspreekpunt", "schakelen", "wie spreek ik", "wie kan ik spreken"];
    private static readonly string[] UnitStems = ["eenheid", "eenheden"];
    private static readonly string[] UnitPhrases = ["per wat", "in welke eenheid", "hoe wordt afgerekend", "hoe wordt gedeclareerd in"];
    private static readonly string[] LawPhrases =
        ["onder de wmo", "onder de jeugdwet", "onder wmo", "onder jeugdwet", "welke wet", "wmo of jeugdwet", "jeugdwet of wmo", "wmo of de jeugdwet", "jeugdwet of de wmo", "wmo product", "jeugdwet product"];
    private static readonly string[] ProductListPhrases = ["welke producten", "welke productcodes", "welke codes", "welke zorgproducten", "lijst van producten", "overzicht van producten"];
    private static readonly string[] ContractListPhrases = ["welke contracten", "welke overeenkomsten", "overzicht van contracten", "lijst van contracten", "welke aanbieders", "wie werken", "wie werkt", "welke aanbieder"];
    private static readonly string[] StillPhrases =
        ["nog verwijzen", "nog naar", "nog steeds", "nog gecontracteerd", "nog terecht", "nog een contract", "nog contract", "nog inzetten", "nog toewijzen", "nog gebruiken", "nog doorverwijzen"];
    private static readonly string[] DurationPhrases =
    [
        "hoe lang mag", "hoelang mag", "hoe lang kan", "hoelang kan", "hoe lang duurt", "hoelang duurt", "voor hoe lang", "voor hoelang",
        "hoeveel maanden", "hoeveel weken", "hoeveel dagen", "hoeveel werkdagen", "maximale duur", "maximaal", "maximale", "max duur",
        "maximum", "hoe lang geldig", "hoelang geldig", "hoe lang is", "hoelang is", "hoe lang loopt een toewijzing", "hoe lang loopt een beschikking",
        "hoe lang van tevoren", "hoelang van tevoren", "hoe oud", "hoe lang", "hoelang",
    ];
    private static readonly string[] DeadlinePhrases =
    [
        "binnen hoeveel", "binnen welke", "welke termijn", "termijn", "hoe snel", "wanneer moet", "wanneer moeten", "uiterlijk",
        "deadline", "hoe lang heeft", "hoelang heeft", "hoe lang de tijd", "hoelang de tijd", "hoe laat", "hoeveel tijd",
        "tot wanneer kan", "tot wanneer mag", "tot wanneer moet",
    ];
    private static readonly string[] PermissionPhrases =
    [
        "mag ik", "mag je", "mag een", "mag de", "mag het", "mag dat", "mag er", "mogen", "mag men", "toegestaan", "combineren", "combinatie",
        "tegelijk", "stapelen", "stapeling", "naast elkaar", "samen met", "tegelijkertijd", "uitgesloten", "kunnen samen",
        "is het mogelijk", "mogelijk om", "kan dat samen",
    ];
    private static readonly string[] ProcedurePhrases =
    [
        "achteraf", "vooraf", "voorafgaand", "met terugwerkende kracht", "hoe vraag", "hoe moet", "hoe gaat", "hoe werkt", "welk bericht",
        "welke berichten", "welk formulier", "welke formulier", "procedure", "wat moet ik doen", "hoe regel", "hoe meld", "hoe vraagt",
        "wat moet de aanbieder", "wat moet een aanbieder", "wie moet", "wat gebeurt er", "hoe declareer", "hoe verleng", "hoe wijzig",
        "wat doe ik", "wat te doen", "hoe zit het met", "welke regels", "wat zijn de regels", "wat is de regel", "wat geldt", "wat is de afspraak",
        "welke afspraken", "wat is afgesproken", "waar meld", "bij wie meld", "waar moet ik melden", "waar kan ik melden", "waar stuur", "naar wie stuur",
    ];
    private static readonly string[] TariffPhrases =
        ["hoeveel krijgt", "hoeveel krijgen", "wat krijgt", "wat krijgen", "wat rekent", "wat rekenen", "hoeveel rekent", "wat betalen", "hoeveel betalen", "wat betaalt", "hoeveel betaalt", "hoeveel ontvangt"];
    private static readonly HashSet<string> PermissionWords = ["mag", "mogen", "toegestaan", "toestaan", "combineren", "stapelen"];
    private static readonly string[] TariffCoveragePhrases =
        ["onder het tarief", "in het tarief", "inbegrepen", "bij het tarief in", "bovenop het tarief", "buiten het tarief", "naast het tarief", "inclusief", "exclusief"];
    private static readonly string[] AmountPhrases = ["hoeveel", "hoe hoog", "hoe veel", "welk percentage", "welk bedrag", "hoe groot", "welk deel"];
    private static readonly string[] ContactDetailStems = ["adres", "mailadres", "emailadres", "telefoonnummer", "nummer", "mailbox", "bellen"];
    private static readonly string[] MaxEndDatePhrases = ["max einddatum", "maximale einddatum", "maximale looptijd van het contract", "uiterste einddatum", "maxeinddatum"];

    // A permission that asks more than whether an aanbieder is contracted: with another product, longer, or in another form.
    private static readonly string[] BeyondContractPhrases =
    [
        "combineren", "combinatie", "tegelijk", "stapelen", "stapeling", "naast elkaar", "samen met", "tegelijkertijd", "uitgesloten",
        "kunnen samen", "kan dat samen", "daarnaast", "naast", "zonder", "langer", "korter", "meer dan", "minder dan", "achteraf", "vooraf",
        "met terugwerkende kracht", "direct", "pgb", "persoonsgebonden", "als pgb", "onderaannem",
    ];

    private static readonly string[] ObligationPhrases = ["moet ik", "moet de", "moet een", "moet er", "verplicht", "is het nodig", "nodig voor", "vereist", "voorwaarde", "voorwaarden"];
    // Verbs of the toewijzing and declaratie process: with these a duration or permission is a rule of the documents.
    private static readonly string[] RuleVerbStems =
    [
        "toeken", "toegeken", "toewijz", "toewijs", "toegewez", "indicer", "geindiceerd", "inzet", "ingezet", "beschik", "verleng", "declar",
        "gedeclar", "aanvra", "aangevraagd", "combiner", "stapel", "starten", "stoppen", "wijzig", "factur", "opzeg", "afwez",
    ];
    private static readonly string[] ReferralVerbStems = ["verwijz", "verwijs", "doorverwijz", "terecht", "aanmeld", "plaatsen"];

    private static readonly string[] DeliveryModelOfStems = ["uitvoeringsvariant", "variant", "bekostiging", "financieringsvorm", "financiering"];
    private static readonly HashSet<string> PolarOpeners =
        ["is", "zijn", "heeft", "hebben", "werkt", "werken", "levert", "leveren", "valt", "vallen", "biedt", "bieden", "staat", "staan", "doet", "doen", "zit", "zitten", "klopt", "wordt", "kan", "kunnen", "mag", "mogen"];

    private static readonly HashSet<string> QuestionWords = ["wie", "wat", "welk", "welke", "waar", "wanneer", "hoe", "hoeveel", "hoelang", "waarom", "waarvoor", "waarmee"];
    private static readonly HashSet<string> NotVerbs = ["contract", "tarief", "product", "overleg", "budget", "perceel", "segment", "advies", "concept", "plaatst"];

    private static readonly string[] ContractedStems = ["gecontract", "contract", "ingekocht", "inkoop", "aanbesteed", "gegund"];
    private static readonly string[] WhichProvidersPhrases =
        ["welke aanbieder", "welke aanbieders", "wie levert", "wie leveren", "wie biedt", "wie bieden", "wie doet", "wie heeft", "wie hebben", "aanbieders voor", "aanbieder voor", "waar kan ik", "waar kan", "welke zorgaanbieder", "wie kan"];

    private readonly string[] _tokens;
    private readonly string _text;
    private readonly bool _hasPersonalData;

    public IntentCues(string question)
    {
        MentionsUnknownName = question.Contains(Placeholders.Name, StringComparison.Ordinal);
        // Redaction leaves its placeholders ("[BSN]", "[GEBOORTEDATUM]") where personal data stood.
        _hasPersonalData = question.Contains('[', StringComparison.Ordinal);
        // "[TELEFOON]" stands for a client's number, not for a question about a phone: placeholders ask nothing.
        _tokens = TextFolding.Tokens(Placeholders.All.Aggregate(question, (text, placeholder) => text.Replace(placeholder, " ", StringComparison.Ordinal)));
        _text = " " + string.Join(' ', _tokens) + " ";
        // "crisistoewijzing", "herdeclaratie": a rule verb inside a compound names it too. Asked by several routes, read once.
        NamesRuleVerb = AnyStem(RuleVerbStems)
            || _tokens.Any(token => token.Length > 8 && RuleVerbStems.Any(stem => stem.Length >= 6 && token.IndexOf(stem, 3, StringComparison.Ordinal) >= 3));
    }

    /// <summary>A capitalised name the region data does not know was redacted: perhaps an aanbieder from elsewhere.</summary>
    public bool MentionsUnknownName { get; }

    public bool AsksTariff => AnyStem(TariffStems) || _text.Contains(" eur ", StringComparison.Ordinal) || AnyPhrase(TariffPhrases) || AskedRateUnit is not null;

    /// <summary>Whether the answer may open with ja or nee: the question asks it, or asks whether something is contracted.</summary>
    public bool WantsYesOrNo => IsPolar || AsksContracted || AsksStill || AsksStillContracted || NamesReferralVerb;
    public bool AsksProductCode => AnyStem(ProductCodeStems);
    public bool AsksDeliveryModel => AnyStem(DeliveryModelStems);
    public bool AsksEndDate => AnyStem(EndDateStems) || AnyPhrase(EndDatePhrases) || (AnyToken(["loopt", "lopen"]) && AnyToken(["af"]));
    public bool AsksMaxEndDate => AnyPhrase(MaxEndDatePhrases);
    public bool AsksWhatTariffCovers => AnyPhrase(TariffCoveragePhrases);
    public bool AsksAmount => AnyPhrase(AmountPhrases);
    // "bel" as a whole word only: as a stem it would read "beleid" and "belang" as a phone call.
    public bool AsksContactDetail => AnyStem(ContactDetailStems) || AnyToken(["bel"]);
    public bool HasNegation => AnyToken(["niet", "geen", "zonder", "nooit"]);
    public bool NamesProcurementTeam => AnyStem(["inkoopteam", "inkoop", "contractmanagement"]);

    /// <summary>Whether the question says "nog" (still): "kan ik nog naar X", "is X nog gecontracteerd".</summary>
    public bool AsksStill => AnyToken(["nog"]);
    public bool AsksContact => AnyStem(ContactStems);
    public bool AsksContractManager => AnyStem(ContractManagerStems);
    public bool AsksEnded => AnyStem(EndedStems) || AnyPhrase(EndedPhrases);
    public bool ReportsSignal => AnyPhrase(SignalPhrases);
    public bool AsksProductInfo => AnyPhrase(ProductInfoPhrases);
    public bool AsksProviderProducts => AnyPhrase(ProviderProductsPhrases);
    public bool AsksContracted => AnyStem(ContractedStems);
    public bool AsksWhichProviders => AnyPhrase(WhichProvidersPhrases);
    public bool AsksContractManagerIndirectly => AnyPhrase(ContractManagerPhrases);
    public bool AsksReach => AnyPhrase(ContactPhrases);
    public bool AsksUnit => AnyStem(UnitStems) || AnyPhrase(UnitPhrases);
    public bool AsksLaw => AnyPhrase(LawPhrases);
    public bool AsksProductList => AnyPhrase(ProductListPhrases);
    public bool AsksContractList => AnyPhrase(ContractListPhrases);
    public bool AsksStillContracted => AnyPhrase(StillPhrases);
    public bool NamesRuleVerb { get; }

    // Words of a question about one person's situation or a professional judgement, not about a contract.
    private static readonly string[] CaseDetailPhrases =
    [
        "advies", "adviseer", "twijfel", "passend", "past het", "past hier", "past dat", "zou je", "zou jij", "wat vind", "verstandig", "beter",
        "genoeg", "hoe pak", "hoe ga ik", "jongen", "meisje", "moeder", "vader", "ouders", "gezin", "broer", "zus", "oma", "opa", "jarige",
        "zijn situatie", "haar situatie", "nodig heeft", "nog zin",
    ];

    /// <summary>
    /// "Kan ik de cliënt naar X sturen voor Y?": an aanbieder and a product named, asked whether it may be used, with no
    /// person described (no name, age or relative) and no judgement asked.
    /// </summary>
    public bool AsksWhetherAnAanbiederMayBeUsed(QuestionSubject subject) =>
        subject.Providers.Count > 0 && subject.ProductCodes.Count > 0
        && (NamesReferralVerb || AsksStillContracted || AsksContracted || IsPolar || AnyStem(["stuur", "sturen"]))
        && !AnyPhrase(CaseDetailPhrases) && !_tokens.Any(token => token.All(char.IsDigit) && token.Length <= 2)
        && !_hasPersonalData;

    /// <summary>"Mag ik X inzetten voor Y" asks whether X is contracted; "mag ik Y naast Z" or "als pgb" asks a rule.</summary>
    public bool AsksBeyondContract => AnyPhrase(BeyondContractPhrases);
    public bool NamesReferralVerb => AnyStem(ReferralVerbStems);

    /// <summary>What a rule question asks, read from its phrasing; None when it asks no rule.</summary>
    public RuleKind Rule =>
        AnyPhrase(DurationPhrases) ? RuleKind.Duration
        : AnyPhrase(DeadlinePhrases) ? RuleKind.Deadline
        : AnyPhrase(PermissionPhrases) || AnyToken(PermissionWords) || (_tokens.Length > 0 && _tokens[0] is "kan" or "kun" or "kunnen" && NamesRuleVerb) ? RuleKind.Permission
        : AnyPhrase(ProcedurePhrases) ? RuleKind.Procedure
        : AnyPhrase(ObligationPhrases) ? RuleKind.Obligation
        : RuleKind.None;

    /// <summary>The unit a tarief is asked in ("uurtarief", "per maand"), or null.</summary>
    public string? AskedRateUnit =>
        _tokens.Any(t => t.StartsWith("uurtarie", StringComparison.Ordinal) || t == "uurprijs") || AnyPhrase(["per uur", "tarief per uur"]) ? "uur"
        : _tokens.Any(t => t.StartsWith("maandtarie", StringComparison.Ordinal)) || AnyPhrase(["per maand"]) ? "maand"
        : _tokens.Any(t => t.StartsWith("dagdeeltarie", StringComparison.Ordinal)) || AnyPhrase(["per dagdeel"]) ? "dagdeel"
        : _tokens.Any(t => t.StartsWith("etmaaltarie", StringComparison.Ordinal)) || AnyPhrase(["per etmaal", "per nacht"]) ? "etmaal"
        : _tokens.Any(t => t.StartsWith("dagtarie", StringComparison.Ordinal)) || AnyPhrase(["per dag"]) ? "dag"
        : _tokens.Any(t => t.StartsWith("trajecttarie", StringComparison.Ordinal)) || AnyPhrase(["per traject"]) ? "traject"
        : _tokens.Any(t => t.StartsWith("weektarie", StringComparison.Ordinal)) || AnyPhrase(["per week"]) ? "week"
        : null;

    public IReadOnlyList<string> Tokens => _tokens;

    /// <summary>"welke uitvoeringsvariant heeft X" asks the variant; "welke aanbieders werken outputgericht" filters by it.</summary>
    public bool AsksDeliveryModelOf => AnyStem(DeliveryModelOfStems);

    /// <summary>A question to answer with ja or nee: it opens with a verb ("Is X gecontracteerd", "Werkt X outputgericht").</summary>
    public bool IsPolar => _tokens.Length > 0 && (PolarOpeners.Contains(_tokens[0]) || LooksLikeFiniteVerb(_tokens[0]) && !AnyToken(QuestionWords));

    // "Rijdt", "geldt", "levert": a question that opens with a verb in -t asks ja or nee, unless a question word follows.
    private static bool LooksLikeFiniteVerb(string token) =>
        token.Length > 3 && token[^1] == 't' && token[^2] is 'd' or 'r' or 'k' or 'l' or 'f' or 'e' or 'n' or 'p' && !NotVerbs.Contains(token);

    private bool AnyStem(string[] stems)
    {
        foreach (var token in _tokens)
            foreach (var stem in stems)
                if (token.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool AnyToken(IReadOnlyCollection<string> words)
    {
        foreach (var token in _tokens)
            if (words.Contains(token)) return true;
        return false;
    }

    private bool AnyPhrase(string[] phrases)
    {
        foreach (var phrase in phrases)
            if (_text.Contains(" " + phrase, StringComparison.Ordinal)) return true;
        return false;
    }
}
