using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TeamBot.Core.Questions.Redaction;

namespace TeamBot.Tests.Questions.Redaction;

/// <summary>
/// The personal-data set (pii-questions.tsv): questions as toegangsmedewerkers type them, with what must go and what
/// must stay. "tune" rows may guide the redactor's rules; "heldout" rows are only measured.
/// </summary>
public sealed partial record PiiCase(string Set, string Question, IReadOnlyList<string> MustRemove, IReadOnlyList<string> MustKeep)
{
    public static IReadOnlyList<PiiCase> Load() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Questions", "Redaction", "pii-questions.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => new PiiCase(cells[0], Unescape(cells[1]), Items(cells[2]), Items(cells[3])))
            .ToList();

    /// <summary>What went wrong for this case, empty when nothing did.</summary>
    public IReadOnlyList<string> Failures(PersonalDataRedactor redactor)
    {
        var output = Fold(redactor.Redact(Question).Text);
        var leaked = MustRemove.Where(item => output.Contains(Fold(item), StringComparison.OrdinalIgnoreCase)).Select(item => $"leaked '{item}'");
        var lost = MustKeep.Where(item => !output.Contains(Fold(item), StringComparison.OrdinalIgnoreCase)).Select(item => $"lost '{item}'");
        return leaked.Concat(lost).Select(problem => $"{problem} in: {output}").ToList();
    }

    private static List<string> Items(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unescape).ToList();

    /// <summary>Compares as a reader sees: full-width digits are digits, invisible characters are not there.</summary>
    private static string Fold(string text) =>
        text.Normalize(NormalizationForm.FormKC).Replace("\u00AD", "", StringComparison.Ordinal).Replace("\u200B", "", StringComparison.Ordinal)
            .Replace('\u2010', '-').Replace('\u2011', '-');

    private static string Unescape(string text) =>
        Escape().Replace(text, match => ((char)int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex Escape();
}
