using TeamBot.Core.Questions.Redaction;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;
using Xunit.Abstractions;

namespace TeamBot.Tests.Questions.Redaction;

/// <summary>
/// Personal data as toegangsmedewerkers type it (first names at a sentence start, IBANs, cliënt- and dossiernummers,
/// kentekens, invisible characters from Word and Outlook, full-width digits) goes; region names stay.
/// </summary>
public sealed class PiiEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<PersonalDataRedactor> Redactor = new(() => new PersonalDataRedactor(RedactionLexicon.FromRegion(SampleRegion())));

    [Fact]
    public void Every_tuning_question_loses_its_personal_data_and_keeps_its_region_names()
    {
        var failures = PiiCase.Load().Where(c => c.Set == "tune").SelectMany(c => c.Failures(Redactor.Value)).ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_held_out_questions_are_redacted_at_least_nine_times_in_ten()
    {
        var heldOut = PiiCase.Load().Where(c => c.Set == "heldout").ToList();
        var failed = heldOut.Select(c => c.Failures(Redactor.Value)).Where(f => f.Count > 0).ToList();
        var score = 1.0 - (double)failed.Count / heldOut.Count;

        var report = string.Join("\n", [$"Personal data, held-out questions (pii-questions.tsv): {heldOut.Count - failed.Count}/{heldOut.Count} redacted = {score:0.000}",
            .. failed.SelectMany(f => f).Select(failure => "  " + failure)]);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "pii-report.txt"), report + "\n");
        Assert.True(heldOut.Count >= 30);
        Assert.True(score >= 0.9, $"{score:0.000}: {string.Join("\n", failed.SelectMany(f => f))}");
    }

    [Fact]
    public void A_second_region_it_was_never_tuned_on_is_redacted_at_least_nine_times_in_ten()
    {
        var names = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Questions", "Redaction", "second-region-names.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
        var redactor = new PersonalDataRedactor(new RedactionLexicon(names, []));
        var cases = PiiCase.Load().Where(c => c.Set == "region2").ToList();
        var failed = cases.Select(c => c.Failures(redactor)).Where(f => f.Count > 0).ToList();
        var score = 1.0 - (double)failed.Count / cases.Count;

        var report = string.Join("\n", [$"Personal data, a second region (Noord-Limburg, never tuned on): {cases.Count - failed.Count}/{cases.Count} redacted = {score:0.000}",
            .. failed.SelectMany(f => f).Select(failure => "  " + failure)]);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "pii-second-region-report.txt"), report + "\n");
        Assert.True(cases.Count >= 20);
        Assert.True(score >= 0.9, report);
    }

    private static RegionData SampleRegion()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "region");
        var parsed = RegionWorkbookParser.Parse("voorbeeld.xlsx", SampleWorkbook.Build(folder), new DateOnly(2026, 11, 22));
        return parsed.Data ?? throw new InvalidOperationException(string.Join("\n", parsed.Problems));
    }
}
