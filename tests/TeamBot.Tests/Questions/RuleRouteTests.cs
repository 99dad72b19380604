using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions;

/// <summary>
/// What a question asks decides the route, not the names in it: a rule about crisis goes to the documents even though
/// "crisis" is also an aanbieder's specialisatie, and the answer quotes the sentence that carries it.
/// </summary>
public sealed class RuleRouteTests : IAsyncLifetime
{
    private QuestionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await QuestionTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("Wat is de maximale looptijd van een crisistoewijzing?", "4 weken")]
    [InlineData("Wanneer is er sprake van crisis?", "acuut in gevaar")]
    [InlineData("Tot wanneer kan ik declaraties over 2025 indienen?", "1 april")]
    [InlineData("Wordt taakgericht per cliënt gedeclareerd?", "declareert niet per cliënt")]
    [InlineData("Mag ik MST langer dan een half jaar toewijzen?", "6 maanden")]
    public async Task A_rule_question_is_answered_from_the_documents_with_the_sentence_that_carries_it(string question, string fact)
    {
        var answer = await _host.AskAsync(question);

        Assert.Equal(QuestionCategory.Contract, answer.Category);
        Assert.Equal(QuestionOutcome.Answered, answer.Outcome);
        Assert.Contains(fact, answer.Text);
        Assert.Contains(answer.Sources, s => s.Kind == AnswerSourceKind.Document);
    }

    [Fact]
    public async Task Longer_than_the_maximum_the_rule_states_is_a_nee()
    {
        var answer = await _host.AskAsync("Mag ik MST langer dan een half jaar toewijzen?");

        Assert.StartsWith("Nee, volgens", answer.Text);
    }
}
