using System.Globalization;
using System.Text;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions.Answers;

/// <summary>Asks every question of a set through the real question service over one region and judges the answers.</summary>
public sealed class AnswerEvaluation
{
    private AnswerEvaluation(string region, IReadOnlyList<AnswerVerdict> verdicts)
    {
        Region = region;
        Verdicts = verdicts;
    }

    public string Region { get; }

    public IReadOnlyList<AnswerVerdict> Verdicts { get; }

    public IEnumerable<AnswerVerdict> HeldOut => Verdicts.Where(v => v.Case.IsHeldOut);

    public IEnumerable<AnswerVerdict> Tuning => Verdicts.Where(v => !v.Case.IsHeldOut);

    /// <param name="regionFolder">A folder in the sample's import format, or null for the sample region itself.</param>
    public static async Task<AnswerEvaluation> RunAsync(string region, string casesFile, string? regionFolder)
    {
        var settings = new Dictionary<string, string?>();
        if (regionFolder is not null) settings["SampleData:Folder"] = regionFolder;
        await using var host = await QuestionTestHost.StartAsync(settings);
        var verdicts = new List<AnswerVerdict>();
        foreach (var question in AnswerCase.Load(casesFile))
            verdicts.Add(question.Judge(await host.AskAsync(question.Question, question.Municipality)));
        return new AnswerEvaluation(region, verdicts);
    }

    public static double Share(IEnumerable<AnswerVerdict> verdicts)
    {
        var list = verdicts.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(v => v.IsRight) / list.Count;
    }

    /// <summary>
    /// Figures per split and per class. Failures are spelled out for tuning rows only: the held-out rows are
    /// measured, never read while changing the code.
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Answer facts, {Region}:");
        foreach (var (name, rows) in new[] { ("held-out", HeldOut.ToList()), ("tuning", Tuning.ToList()) }.Where(s => s.Item2.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {name}: {rows.Count(v => v.IsRight)}/{rows.Count} right = {Share(rows):0.000}; wrong Ja: {rows.Count(v => v.WrongYes)}");
            foreach (var group in rows.GroupBy(v => v.Case.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
                text.AppendLine(CultureInfo.InvariantCulture, $"    {group.Key,-18} {group.Count(v => v.IsRight),3}/{group.Count(),-3} = {Share(group):0.000}");
        }
        // Which answering route the held-out misses went through, counted, never shown one by one.
        var heldOutMisses = HeldOut.Where(v => !v.IsRight).ToList();
        if (heldOutMisses.Count > 0)
            text.AppendLine(CultureInfo.InvariantCulture, $"  held-out misses by route: {string.Join(", ", heldOutMisses.GroupBy(v => v.Answer.Intent).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))}"
                + $"; wrong Ja by route: {string.Join(", ", HeldOut.Where(v => v.WrongYes).GroupBy(v => v.Answer.Intent).Select(g => $"{g.Key} {g.Count()}"))}");
        foreach (var failure in Tuning.Where(v => !v.IsRight || v.WrongYes))
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  tuning failure{(failure.WrongYes ? " (wrong Ja)" : "")} [{failure.Case.Class}] {failure.Case.Question} ({failure.Case.Municipality ?? "geen gemeente"}): {string.Join("; ", failure.Problems)}\n      -> {failure.Answer.Text.Replace("\n", " / ", StringComparison.Ordinal)}");
        return text.ToString();
    }
}
