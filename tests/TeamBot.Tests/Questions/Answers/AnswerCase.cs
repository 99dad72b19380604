using TeamBot.Core.Language;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;

namespace TeamBot.Tests.Questions.Answers;

/// <summary>
/// One row of an answer set: a contract question, the facts its answer must and must not carry, and for
/// yes/no or unanswerable questions what the answer must start with or admit.
/// </summary>
public sealed record AnswerCase(
    string Split,
    string Class,
    string? Municipality,
    string Question,
    IReadOnlyList<IReadOnlyList<string>> Must,
    IReadOnlyList<IReadOnlyList<string>> MustNot,
    string? Expect)
{
    public bool IsHeldOut => Split == "heldout";

    public static IReadOnlyList<AnswerCase> Load(string fileName)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Questions", "Answers", fileName));
        return lines
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(l => l.Line.Trim().Length > 0 && !l.Line.StartsWith('#'))
            .Skip(1)
            .Select(l => Parse(fileName, l.Number, l.Line.Split('\t')))
            .ToList();
    }

    /// <summary>What is wrong with this answer, empty when it carries every fact and nothing wrong.</summary>
    public AnswerVerdict Judge(QuestionAnswer answer)
    {
        var said = Folded(string.Join(' ', [answer.Text, .. answer.Sources.Select(s => $"{s.Title} {s.Section}")]));
        var problems = new List<string>();
        if (answer.Category != QuestionCategory.Contract) problems.Add($"classified {answer.Category.ToWireName()}");
        problems.AddRange(Must.Where(fact => !fact.Any(alternative => Says(said, alternative))).Select(fact => $"misses '{string.Join(" | ", fact)}'"));
        problems.AddRange(MustNot.Where(fact => fact.Any(alternative => Says(said, alternative))).Select(fact => $"says '{string.Join(" | ", fact)}'"));
        var startsYes = said.StartsWith(" ja ", StringComparison.Ordinal);
        var startsNo = said.StartsWith(" nee ", StringComparison.Ordinal);
        var unsure = answer.Outcome == QuestionOutcome.Unanswered || said.Contains(" niet zeker ", StringComparison.Ordinal);
        if (Expect == "ja" && !startsYes) problems.Add("does not answer Ja");
        if (Expect == "nee" && !startsNo) problems.Add("does not answer Nee");
        if (Expect == "onzeker" && (!unsure || startsYes || startsNo)) problems.Add("is not honestly unsure");
        return new AnswerVerdict(this, answer, problems, WrongYes: startsYes && Expect != "ja");
    }

    private static bool Says(string folded, string fact) => folded.Contains(" " + Folded(fact).Trim() + " ", StringComparison.Ordinal);

    /// <summary>Case, accents and punctuation folded and spaces collapsed, padded so facts match whole words.</summary>
    private static string Folded(string text) => " " + TextFolding.Words(text.Replace("€", " ", StringComparison.Ordinal)) + " ";

    private static AnswerCase Parse(string fileName, int lineNumber, string[] cells)
    {
        if (cells.Length < 4) throw new InvalidDataException($"{fileName}, regel {lineNumber}: {cells.Length} kolommen, verwacht 7.");
        string Cell(int i) => i < cells.Length ? cells[i].Trim() : "";
        return new AnswerCase(Cell(0), Cell(1), Cell(2) is { Length: > 0 } m ? m : null, Cell(3), Facts(Cell(4)), Facts(Cell(5)),
            Cell(6) is { Length: > 0 } e ? e : null);
    }

    private static List<IReadOnlyList<string>> Facts(string cell) =>
        cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(fact => (IReadOnlyList<string>)fact.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(alternatives => alternatives.Count > 0)
            .ToList();
}
