using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Redaction;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using Xunit.Abstractions;

namespace TeamBot.Tests.Questions;

/// <summary>
/// Measures the question classifier on the held-out rows of tests/data/questions.tsv, which it never trained on.
/// The bars hold for the held-out rows as the training loader redacts them; the same rows redacted by the real
/// PersonalDataRedactor (sample-region lexicon, and an empty lexicon standing in for an unseen region, where every
/// unknown aanbieder or gemeente becomes [NAAM]) are reported beside them.
/// </summary>
public sealed class ClassificationEvaluationTests(ITestOutputHelper output)
{
    private const double OverallBar = 0.90;
    private const double PerCategoryBar = 0.85;
    private const string ReportFileName = "classification-report.txt";

    private static readonly IReadOnlyList<LabelledQuestion> Rows = QuestionDataset.LoadEmbedded();

    private static IEnumerable<LabelledQuestion> HeldOut => Rows.Where(r => r.IsHeldOut);

    [Fact]
    public void Held_out_questions_are_classified_at_least_90_percent_right_overall_and_85_percent_per_category()
    {
        var classifier = new QuestionClassifier();
        var asTrained = ClassificationEvaluation.Run(
            "Held-out questions, redacted by the training loader's patterns (asserted)",
            HeldOut.Select(r => (r.Label, r.RedactedQuestion)), classifier);
        var sampleRegion = RunThroughRedactor("Held-out questions, redacted by PersonalDataRedactor with the sample region's lexicon",
            RedactionLexicon.FromRegion(LoadSampleRegion()), classifier);
        var unseenRegion = RunThroughRedactor("Held-out questions, redacted by PersonalDataRedactor with an empty lexicon (an unseen region)",
            new RedactionLexicon([], []), classifier);

        WriteReport(asTrained, sampleRegion, unseenRegion);

        Assert.True(asTrained.Accuracy >= OverallBar, $"Accuracy {asTrained.Accuracy:F3} is below {OverallBar:F2}.");
        foreach (var category in Enum.GetValues<QuestionCategory>())
            Assert.True(asTrained.Recall(category) >= PerCategoryBar,
                $"Recall of {category.ToWireName()} {asTrained.Recall(category):F3} is below {PerCategoryBar:F2}.");
    }

    [Fact]
    public void Held_out_questions_never_occur_among_the_training_questions()
    {
        var training = Rows.Where(r => r.IsTraining).Select(r => Folded(r.Question)).ToHashSet(StringComparer.Ordinal);

        var leaked = HeldOut.Where(r => training.Contains(Folded(r.Question))).Select(r => r.Question).ToList();

        Assert.Empty(leaked);
        Assert.Equal(154, HeldOut.Count());
        Assert.Equal(458, training.Count);
    }

    [Fact]
    public void The_model_learns_only_from_training_rows()
    {
        var trainingRows = QuestionDataset.LoadTrainingRows();

        Assert.Equal(458, trainingRows.Count);
        Assert.All(trainingRows, row => Assert.True(row.IsTraining, row.Question));
    }

    private static ClassificationEvaluation RunThroughRedactor(string title, RedactionLexicon lexicon, QuestionClassifier classifier)
    {
        var redactor = new PersonalDataRedactor(lexicon);
        return ClassificationEvaluation.Run(title, HeldOut.Select(r => (r.Label, redactor.Redact(r.Question).Text)), classifier);
    }

    private static RegionData LoadSampleRegion()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "region");
        var parsed = RegionWorkbookParser.Parse("voorbeeld.xlsx", SampleWorkbook.Build(folder), new DateOnly(2026, 11, 22));
        return parsed.Data ?? throw new InvalidOperationException(string.Join("\n", parsed.Problems));
    }

    private void WriteReport(params ClassificationEvaluation[] evaluations)
    {
        var report = string.Join(Environment.NewLine, evaluations.Select(e => e.Describe()));
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, ReportFileName), report);
    }

    /// <summary>Case and whitespace folded, as the data set's duplicate check does.</summary>
    private static string Folded(string question) =>
        string.Join(' ', question.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
