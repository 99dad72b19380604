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
    private static readonly string[] EndDateStems = ["einddatum", "afloop", "looptijd", "eindigt", "afgelopen", "maxeinddatum"];
    private static readonly string[] EndDatePhrases = ["loopt af", "loopt het contract", "tot wanneer", "hoe lang loopt", "max einddatum", "maximale einddatum", "tot welke datum"];
    private static readonly string[] ContactStems = ["contact", "telefoon", "telnr", "mail", "bereik", "bellen", "website", "emailadres"];
    private static readonly string[] ContractManagerStems = ["contractmanager", "contractbeheer", "accountmanager", "contractverantwoordelijk", "contracteigenaar"];
    private static readonly string[] EndedStems = ["beeindig", "gestopt", "stopt", "opgezegd", "failliet", "faillissement", "vervallen", "ontbonden"];
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
    private static readonly string[] ContractedStems = ["gecontract", "contract", "ingekocht", "inkoop", "aanbesteed", "gegund"];
    private static readonly string[] WhichProvidersPhrases =
        ["welke aanbieder", "welke aanbieders", "wie levert", "wie leveren", "wie biedt", "wie bieden", "wie doet", "wie heeft", "wie hebben", "aanbieders voor", "aanbieder voor", "waar kan ik", "waar kan", "welke zorgaanbieder", "wie kan"];

    private readonly string[] _tokens;
    private readonly string _text;

    public IntentCues(string question)
    {
        MentionsUnknownName = question.Contains(Placeholders.Name, StringComparison.Ordinal);
        _tokens = TextFolding.Tokens(question);
        _text = " " + string.Join(' ', _tokens) + " ";
    }

    /// <summary>A capitalised name the region data does not know was redacted: perhaps an aanbieder from elsewhere.</summary>
    public bool MentionsUnknownName { get; }

    public bool AsksTariff => AnyStem(TariffStems) || _text.Contains(" eur ", StringComparison.Ordinal);
    public bool AsksProductCode => AnyStem(ProductCodeStems);
    public bool AsksDeliveryModel => AnyStem(DeliveryModelStems);
    public bool AsksEndDate => AnyStem(EndDateStems) || AnyPhrase(EndDatePhrases);
    public bool AsksContact => AnyStem(ContactStems);
    public bool AsksContractManager => AnyStem(ContractManagerStems);
    public bool AsksEnded => AnyStem(EndedStems) || AnyPhrase(EndedPhrases);
    public bool ReportsSignal => AnyPhrase(SignalPhrases);
    public bool AsksProductInfo => AnyPhrase(ProductInfoPhrases);
    public bool AsksProviderProducts => AnyPhrase(ProviderProductsPhrases);
    public bool AsksContracted => AnyStem(ContractedStems);
    public bool AsksWhichProviders => AnyPhrase(WhichProvidersPhrases);

    private bool AnyStem(string[] stems)
    {
        foreach (var token in _tokens)
            foreach (var stem in stems)
                if (token.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool AnyPhrase(string[] phrases)
    {
        foreach (var phrase in phrases)
            if (_text.Contains(" " + phrase, StringComparison.Ordinal)) return true;
        return false;
    }
}
