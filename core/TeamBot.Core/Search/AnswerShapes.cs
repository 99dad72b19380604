using System.Text.RegularExpressions;

namespace TeamBot.Core.Search;

/// <summary>Recognises the statement a sentence makes: a period, a permission, a step, an obligation.</summary>
internal static partial class AnswerShapes
{
    public static bool Has(ExpectedAnswer expected, string sentence) => expected switch
    {
        ExpectedAnswer.Period => Period().IsMatch(sentence),
        ExpectedAnswer.Permission => Permission().IsMatch(sentence),
        ExpectedAnswer.Procedure => Procedure().IsMatch(sentence) || Period().IsMatch(sentence),
        ExpectedAnswer.Obligation => Obligation().IsMatch(sentence),
        ExpectedAnswer.Amount => Amount().IsMatch(sentence),
        ExpectedAnswer.Contact => Contact().IsMatch(sentence),
        _ => true,
    };

    /// <summary>A sentence that leans on the one before it: "Deze termijn geldt ook ...", "Daarvoor is nodig ...".</summary>
    public static bool RefersBack(string sentence) => BackReference().IsMatch(sentence);

    /// <summary>"Voorbeeld: hulp die in maart ...": an illustration of a rule, not the rule.</summary>
    public static bool IsExample(string sentence) => Example().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(voorbeeld|bijvoorbeeld|een voorbeeld|ter illustratie)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Example();

    /// <summary>A sentence that leans on a period stated before it: "na deze termijn", "binnen die periode".</summary>
    public static bool RefersBackToPeriod(string sentence) => PeriodReference().IsMatch(sentence);

    [GeneratedRegex(@"\b(deze|die|dezelfde|genoemde|bovengenoemde) (termijn|termijnen|periode)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodReference();

    [GeneratedRegex(@"\d+(,\d+)?\s*(%|procent)|€\s*\d|\b\d+(,\d+)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"[\w.-]+@[\w-]+\.\w+|\b0\d{1,3}-?\s?\d{3,4}\s?\d{2,4}\b|\bwww\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    [GeneratedRegex(@"\b(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|achttien|twintig|dertig|veertig|zestig|negentig|honderd)\s+(werk|kalender)?(dagen|dag|weken|week|maanden|maand|jaar|jaren|uur|uren|etmalen|kwartaal)\b|\b\d{1,2}-\d{1,2}-\d{4}\b|\b\d{1,2}\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\b(jaarlijks|maandelijks|wekelijks|direct|onmiddellijk|dezelfde dag)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(mag|mogen|toegestaan|niet|nooit|alleen|uitsluitend|uitgesloten|geen|wel|kan|kunnen|mogelijk|combinatie|tegelijk|naast)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Permission();

    [GeneratedRegex(@"\b(bericht|berichten|formulier|\d{3}D?|achteraf|vooraf|terugwerkende|aanvragen|vraagt|melden|meldt|stuurt|verstuurt|indienen|dient|via|eerst|daarna|stap)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Procedure();

    [GeneratedRegex(@"\b(moet|moeten|verplicht|verplichting|altijd|vereist|voorwaarde|voorwaarden|nodig|dient|dienen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Obligation();

    [GeneratedRegex(@"^\W*(deze|die|dit|dat|daar\w*|hier\w*|zo'n|dergelijke|bovenstaande)\b|\b(deze|die|dezelfde) (termijn|periode|datum|termijnen|regel|afspraak|voorwaarde|situatie|gevallen|maximale)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();
}
