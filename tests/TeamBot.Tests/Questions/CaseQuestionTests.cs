using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions;

public sealed class CaseQuestionTests
{
    [Fact]
    public async Task A_case_question_is_redirected_kindly_with_the_verwijsgids_facts_it_asks_for()
    {
        await using var host = await QuestionTestHost.StartAsync();

        var answer = await host.AskAsync("Ik heb een jongen van 14 met autisme in Kerkrade, welke aanbieder past het best bij hem?");

        Assert.Equal(QuestionCategory.CaseQuestion, answer.Category);
        Assert.Equal(QuestionOutcome.Redirected, answer.Outcome);
        Assert.Contains("kwaliteitsmedewerker of werkbegeleider", answer.Text);
        Assert.Contains("expertteam", answer.Text);
        Assert.Contains("Jeugdteam Kerkrade", answer.Text);
        Assert.Contains("Autismepunt Zuid", answer.Text);
        Assert.DoesNotContain("Zorgboerderij De Hoeve", answer.Text);
        Assert.DoesNotContain("\n\n\n", answer.Text);
    }

    [Fact]
    public async Task The_redirect_text_comes_from_the_template_the_inkoopteam_edits()
    {
        using var folder = new TempDirectory();
        var template = folder.File("casuistiek.sbn");
        await File.WriteAllTextAsync(template, "Bel je werkbegeleider{{ if toegang }} bij {{ toegang }}{{ end }}.{{ if verwijsgids }}\n{{ verwijsgids }}{{ end }}");
        await using var host = await QuestionTestHost.StartAsync(new Dictionary<string, string?> { ["Questions:CaseRedirectTemplatePath"] = template });

        var answer = await host.AskAsync("Moet ik voor dit gezin in Vaals meer uren indiceren?");

        Assert.Equal(QuestionCategory.CaseQuestion, answer.Category);
        Assert.Equal("Bel je werkbegeleider bij Sociaal Team Vaals.", answer.Text);
    }
}
