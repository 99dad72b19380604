using TeamBot.Core.Questions;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions;

/// <summary>Whatever is typed or pasted gets a clear answer, never an exception.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private QuestionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await QuestionTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> Inputs => new()
    {
        { "empty", "" },
        { "whitespace", "   \t \n  " },
        { "emoji", "🙂🙂👍" },
        { "html", "<div onclick=\"x()\"><b>Wie levert</b> pleegzorg?</div><script>alert('x')</script>" },
        { "sql", "'; DROP TABLE contract; -- SELECT * FROM question_log WHERE 1=1" },
        { "control characters", "Wie\u0000 levert\u0007 pleegzorg\u001b[31m?\u0008" },
        { "lucene syntax", "AND OR NOT ( [ { \"*?~^ pleegzorg:" },
        { "just under the limit", string.Join(' ', Enumerable.Repeat("pleegzorg", 399)) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Any_input_gets_a_clear_dutch_answer(string @case, string input)
    {
        var answer = await _host.AskAsync(input);

        Assert.False(string.IsNullOrWhiteSpace(answer.Text), @case);
        Assert.NotEqual(QuestionOutcome.Refused, answer.Outcome);
        Assert.DoesNotContain("Exception", answer.Text);
        Assert.NotNull(answer.LogId);
    }

    [Fact]
    public async Task A_question_over_4000_characters_is_refused_with_a_message_and_logged_as_refused()
    {
        var answer = await _host.AskAsync(new string('x', 10_000));

        Assert.Equal(QuestionOutcome.Refused, answer.Outcome);
        Assert.Contains("te lang", answer.Text);
        Assert.Contains("4.000", answer.Text);
        var entry = Assert.Single(await _host.Log.ListAsync(null, null));
        Assert.Equal(QuestionOutcome.Refused, entry.Outcome);
        Assert.True(entry.RedactedText.Length <= 4000);
    }

    [Fact]
    public async Task Markup_is_removed_before_the_question_is_answered_or_stored()
    {
        var answer = await _host.AskAsync("<p>Welke aanbieders leveren <b>pleegzorg</b>?</p>");

        Assert.Contains("Pleegzorg Mergelland", answer.Text);
        Assert.Equal("Welke aanbieders leveren pleegzorg ?", answer.RedactedQuestion);
    }
}
