using System.Globalization;
using System.Text;
using TeamBot.Core.Questions.Classification;

namespace TeamBot.Tests.Questions;

/// <summary>Accuracy, recall per true category and the confusion matrix of one classification run over labelled questions.</summary>
internal sealed class ClassificationEvaluation
{
    private static readonly QuestionCategory[] Categories = Enum.GetValues<QuestionCategory>();

    private readonly int[,] counts = new int[Categories.Length, Categories.Length];
    private readonly List<string> mistakes = [];

    private ClassificationEvaluation(string title) => Title = title;

    public string Title { get; }

    public int Total { get; private set; }

    public int Correct { get; private set; }

    public double Accuracy => (double)Correct / Total;

    /// <summary>Classifies every question text (already redacted the way under test) and counts the outcome against its label.</summary>
    public static ClassificationEvaluation Run(
        string title, IEnumerable<(QuestionCategory Label, string Text)> questions, QuestionClassifier classifier)
    {
        var evaluation = new ClassificationEvaluation(title);
        foreach (var (label, text) in questions)
            evaluation.Add(label, text, classifier.Classify(text));
        return evaluation;
    }

    public int TotalOf(QuestionCategory truth) => Enumerable.Range(0, Categories.Length).Sum(p => counts[(int)truth, p]);

    public double Recall(QuestionCategory truth) => (double)counts[(int)truth, (int)truth] / TotalOf(truth);

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(Title);
        text.AppendLine(CultureInfo.InvariantCulture, $"Accuracy: {Accuracy:F3} ({Correct}/{Total})");
        text.AppendLine("Recall per true label:");
        foreach (var truth in Categories)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {truth.ToWireName(),-11} {Recall(truth):F3} ({counts[(int)truth, (int)truth]}/{TotalOf(truth)})");
        text.AppendLine("Confusion matrix (rows: true label, columns: predicted):");
        text.AppendLine("  " + new string(' ', 11) + string.Concat(Categories.Select(c => $"{c.ToWireName(),11}")));
        foreach (var truth in Categories)
            text.AppendLine($"  {truth.ToWireName(),-11}" + string.Concat(Categories.Select(p => $"{counts[(int)truth, (int)p],11}")));
        text.AppendLine(CultureInfo.InvariantCulture, $"Misclassified ({mistakes.Count}):");
        foreach (var mistake in mistakes) text.AppendLine("  " + mistake);
        return text.ToString();
    }

    private void Add(QuestionCategory truth, string text, Classification result)
    {
        Total++;
        counts[(int)truth, (int)result.Category]++;
        if (result.Category == truth) Correct++;
        else mistakes.Add($"{truth.ToWireName()} -> {result.Category.ToWireName()} ({result.Confidence:F2}): {text}");
    }
}
