using System.Text.RegularExpressions;
using TeamBot.Core.Language;

namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// Reads ja or nee from the quoted rule, only where it says so plainly: a table cell "ja" or "nee", or a sentence that
/// allows ("mag", "mogen wel", "is toegestaan") or forbids ("niet", "nooit", "uitgesloten"). Otherwise nothing: a wrong
/// "Ja" costs more trust than none, so a question phrased with a negation of its own is never given one.
/// </summary>
internal static partial class RulePolarity
{
    public static string? Of(string passage, string question, IReadOnlyList<IReadOnlyList<string>> subjectNamesPerProduct)
    {
        if (Negation().IsMatch(question)) return null;
        var line = BestLine(passage, question, subjectNamesPerProduct);
        if (line is null) return null;
        if (Comparison().IsMatch(question)) return DurationComparison.Of(question, line);
        // A table row quoted cell by cell ("Toegestaan?: nee"): only a column that asks the question answers it.
        if (TableAnswer(line) is { } cell)
            return cell is "ja" or "wel" or "toegestaan" ? "Ja"
                : cell is "nee" or "niet" or "niet toegestaan" or "niet ingekocht" or "uitgesloten" ? "Nee"
                : null;
        if (line.Contains('|')) return null;
        // A document that answers its own question ("Nee, dat mag alleen na overleg.") says it first; "mag" after it is no yes.
        if (StatedAnswer().Match(line) is { Success: true } stated) return stated.Groups[1].Value.Equals("ja", StringComparison.OrdinalIgnoreCase) ? "Ja" : "Nee";
        if (Negation().IsMatch(line)) return "Nee";
        if (Allowing().IsMatch(line)) return "Ja";
        // "Wordt crisisopvang achteraf toegewezen?" - "De toewijzing volgt achteraf": the manner asked, stated plainly.
        return Manner().Matches(question).Any(m => Regex.IsMatch(line, $@"\b{m.Value}\b", RegexOptions.IgnoreCase)) ? "Ja" : null;
    }

    /// <summary>The line or sentence that names most of the products asked, then most of the question's words.</summary>
    private static string? BestLine(string passage, string question, IReadOnlyList<IReadOnlyList<string>> subjectNamesPerProduct)
    {
        var questionWords = TextFolding.Tokens(question).Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);
        return Lines(passage)
            .Select(line => (Line: line, Padded: " " + TextFolding.Words(line) + " "))
            .Select(l => (l.Line, Products: subjectNamesPerProduct.Count(names => names.Any(name => l.Padded.Contains(" " + TextFolding.Words(name) + " ", StringComparison.Ordinal))),
                Words: TextFolding.Tokens(l.Line).Count(questionWords.Contains)))
            // A rule about a combination must name every product asked; one about a product, that product.
            .Where(l => l.Products == subjectNamesPerProduct.Count)
            .OrderByDescending(l => l.Products).ThenByDescending(l => l.Words)
            .Select(l => l.Line)
            .FirstOrDefault();
    }

    private static string? TableAnswer(string line) =>
        line.Split("; ").Select(pair => pair.Split(": ", 2)).Where(pair => pair.Length == 2 && YesNoColumn().IsMatch(pair[0]))
            .Select(pair => TextFolding.Words(pair[1])).FirstOrDefault(IsYesOrNoCell);

    private static bool IsYesOrNoCell(string cell) =>
        cell is "ja" or "wel" or "toegestaan" or "nee" or "niet" or "niet toegestaan" or "niet ingekocht" or "uitgesloten";

    [GeneratedRegex(@"\?|\b(toegestaan|mogelijk|mag|mogen|ingekocht|combinatie|stapeling|ja/nee)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoColumn();

    private static IEnumerable<string> Lines(string passage) =>
        passage.Split('\n').SelectMany(line => line.Contains('|') || line.Contains(": ", StringComparison.Ordinal) ? [line] : SentenceEnd().Split(line)).Where(line => line.Trim().Length > 0);

    [GeneratedRegex(@"\b(niet|nooit|geen|uitgesloten|verboden|zonder)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    // "langer dan", "meer dan": a comparison with the rule's number, weighed only for one plain period (DurationComparison).
    [GeneratedRegex(@"\b(langer|korter|meer|minder|vaker|eerder|later|hoger|lager) dan\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b(mag|mogen|is toegestaan|zijn toegestaan|is mogelijk|zijn mogelijk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Allowing();

    [GeneratedRegex(@"\b(achteraf|vooraf|direct|automatisch|schriftelijk|telefonisch|digitaal|maandelijks|jaarlijks|per maand|per kwartaal|met terugwerkende kracht)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Manner();

    [GeneratedRegex(@"^\W*(ja|nee)\b(?=\s*[,.:;!]|\s+(?:dat|het|dit|die|de|een|alleen|mits|tenzij|maar|want|niet|nooit|zolang|als)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StatedAnswer();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
