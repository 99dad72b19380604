using Xunit.Abstractions;

namespace TeamBot.Tests.Questions.Answers;

/// <summary>
/// Contract answers carry the fact that was asked, on the sample region and on a second region the code never saw
/// while it was written (Questions/Answers/README.md). The held-out bar is 0.95 per region, with no wrong "Ja".
/// </summary>
public sealed class AnswerEvaluationTests(ITestOutputHelper output)
{
    private const double HeldOutBar = 0.95;
    private const string ReportFileName = "answer-report.txt";

    [Fact]
    public async Task Held_out_answers_carry_the_asked_fact_on_both_regions_and_never_say_a_wrong_yes()
    {
        var sample = await AnswerEvaluation.RunAsync("the sample region (sample-region.tsv)", "sample-region.tsv", regionFolder: null);
        var second = await AnswerEvaluation.RunAsync("a second region never tuned on (second-region.tsv)", "second-region.tsv",
            Path.Combine(AppContext.BaseDirectory, "Questions", "Answers", "second-region"));
        var report = sample.Describe() + second.Describe();
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, ReportFileName), report);

        Assert.True(sample.Verdicts.Count + second.Verdicts.Count >= 300, "The evaluation needs at least 300 questions.");
        Assert.True(sample.HeldOut.Count() * 3 >= sample.Verdicts.Count, "At least a third of the sample region's questions are held out.");
        Assert.All(second.Verdicts, v => Assert.True(v.Case.IsHeldOut, "The second region is held out entirely."));
        foreach (var evaluation in new[] { sample, second })
        {
            Assert.True(AnswerEvaluation.Share(evaluation.HeldOut) >= HeldOutBar, $"{evaluation.Region}: held-out {AnswerEvaluation.Share(evaluation.HeldOut):0.000} < {HeldOutBar}.\n{report}");
            Assert.Equal(0, evaluation.HeldOut.Count(v => v.WrongYes));
        }
    }
}
