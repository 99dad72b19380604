using System.Text.RegularExpressions;
using TeamBot.Core.Language;
using TeamBot.Core.Questions.Redaction;

namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// Splits a redacted question into tokens. Values that only matter by their kind become shapes first: euro
/// amounts ([BEDRAG]), ages ([LEEFTIJD]), product codes ([CODE]), iJw messages ([BERICHT]), years ([JAAR]) and
/// other numbers ([GETAL]), so "45A03" teaches the same as "45A01".
/// </summary>
internal static partial class QuestionTokenizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly string NamePlaceholder = Placeholders.Name;

    private static readonly HashSet<string> PersonalDataPlaceholders = Placeholders.All.Where(p => p != Placeholders.Name).ToHashSet(StringComparer.Ordinal);

    public static List<QuestionToken> Tokenize(string text)
    {
        var shaped = MarkShapes(text);
        var tokens = new List<QuestionToken>();
        var previousEnd = 0;
        foreach (var match in Token().EnumerateMatches(shaped))
        {
            var raw = shaped.AsSpan(match.Index, match.Length);
            var startsSentence = tokens.Count == 0 || EndsSentence(shaped.AsSpan(previousEnd, match.Index - previousEnd), tokens[^1]);
            tokens.Add(ToToken(raw, startsSentence));
            previousEnd = match.Index + match.Length;
        }
        return tokens;
    }

    private static string MarkShapes(string text)
    {
        text = Amount().Replace(text, " [BEDRAG] ");
        text = AgeInYears().Replace(text, " [LEEFTIJD] ");
        return AgeAfterPersonOrInBrackets().Replace(text, "[LEEFTIJD]");
    }

    private static QuestionToken ToToken(ReadOnlySpan<char> raw, bool startsSentence)
    {
        if (raw[0] == '[')
        {
            var placeholder = raw.ToString();
            return new QuestionToken(placeholder, PlaceholderKind(placeholder), startsSentence, IsProperName: placeholder == NamePlaceholder);
        }
        if (!char.IsLetterOrDigit(raw[0]))
            return new QuestionToken(raw is "?" or "!" ? raw.ToString() : "[EMOJI]", QuestionTokenKind.Symbol, startsSentence, IsProperName: false);
        var folded = TextFolding.Fold(raw);
        if (NumberShape(folded) is { } shape)
            return new QuestionToken(shape, QuestionTokenKind.Shape, startsSentence, IsProperName: false);
        return new QuestionToken(folded, QuestionTokenKind.Word, startsSentence, !startsSentence && IsCapitalised(raw));
    }

    private static QuestionTokenKind PlaceholderKind(string placeholder)
    {
        if (placeholder == NamePlaceholder) return QuestionTokenKind.Name;
        return PersonalDataPlaceholders.Contains(placeholder) ? QuestionTokenKind.PersonalData : QuestionTokenKind.Shape;
    }

    private static string? NumberShape(string word)
    {
        if (!char.IsAsciiDigit(word[0])) return null;
        if (ProductCode().IsMatch(word)) return "[CODE]";
        if (IjwMessage().IsMatch(word)) return "[BERICHT]";
        if (Year().IsMatch(word)) return "[JAAR]";
        return word.AsSpan().ContainsAnyExceptInRange('0', '9') ? null : "[GETAL]";
    }

    /// <summary>A capitalised word that is not an abbreviation in capitals ("Radar", "Zeist", not "BGI").</summary>
    private static bool IsCapitalised(ReadOnlySpan<char> raw) =>
        char.IsUpper(raw[0]) && (raw.Length == 1 || !char.IsUpper(raw[1]));

    private static bool EndsSentence(ReadOnlySpan<char> gap, QuestionToken previous) =>
        gap.IndexOfAny(".:;\n") >= 0 || previous.Text is "?" or "!";

    /// <summary>A placeholder, a word (with inner apostrophes: "collega's", "D'Elfant"), "?" or "!", or an emoji.</summary>
    [GeneratedRegex(@"\[[A-Z]{2,20}\]|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(['’][\p{L}\p{N}]+)*|[?!]|\p{Cs}\p{Cs}|[\u2600-\u27BF]", Options)]
    private static partial Regex Token();

    /// <summary>"€ 135", "€135,50", "135 euro", "1.250,- euro".</summary>
    [GeneratedRegex(@"€[ ]?\d+([.,]\d+)*(,-)?|(?<![\w.,])\d+([.,]\d+)*(,-)?[ ]?(?i:euro|eur)(?!\w)", Options)]
    private static partial Regex Amount();

    /// <summary>"12 jaar", "11 jr", "19-jarige"; not a duration such as "al 2 jaar" or "na 2 jaar".</summary>
    [GeneratedRegex(
        @"(?<!(?i:al|na|over|binnen|sinds|per|ruim|bijna|afgelopen|laatste|komende|eerste|voor|tot|nog|dit|vorig)[ ])" +
        @"(?<![\w.,-])\d{1,3}[ ]?-?[ ]?(?i:jaar|jr\.?|jarige|jarigen)(?!\w)",
        Options)]
    private static partial Regex AgeInYears();

    /// <summary>"jongen van 14", "kind 7", "(16)", "(16, BSN …)", "[NAAM], 9,": a bare number where an age is meant.</summary>
    [GeneratedRegex(
        @"(?<=(?<!\w)(?i:van|jongen|meisje|kind|jongere|zoon|dochter|tweeling|client|cliënt|cliënte|vrouw|man|meneer|mevrouw)[ ]+)" +
        @"\d{1,2}(?![\d%]|[-:.,/]\d|[ ]*(?i:uur|weken|week|dagen|dag|maanden|maand|km|procent|euro|dagdelen|etmalen|werkdagen|minuten|kinderen|keer)(?!\w))" +
        @"|(?<=\([ ]*)\d{1,3}(?=[ ]*[),])" +
        @"|(?<=\[NAAM\][ ]*,[ ]*)\d{1,3}(?=[ ]*,)",
        Options)]
    private static partial Regex AgeAfterPersonOrInBrackets();

    [GeneratedRegex(@"^\d{2}[a-z]\d{2}$", Options)]
    private static partial Regex ProductCode();

    [GeneratedRegex(@"^3(0[1-9]|1[5-9]|2[0-3])[a-z]?$", Options)]
    private static partial Regex IjwMessage();

    [GeneratedRegex(@"^(19|20)\d\d$", Options)]
    private static partial Regex Year();
}
