using Microsoft.Extensions.DependencyInjection;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Faq;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions;

/// <summary>Standard answers the inkoopteam saves answer contract questions of the same meaning, and nothing else.</summary>
public sealed class StandardAnswerTests : IAsyncLifetime
{
    private const string Saved = "Het inkoopteam heeft voor logeeropvang in Heerlen een wachtlijstafspraak gemaakt met beide aanbieders.";

    private QuestionTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await QuestionTestHost.StartAsync();
        await _host.Services.GetRequiredService<FaqCache>().SaveAsync("Welke aanbieders leveren logeeropvang in Heerlen?", Saved, ticketId: 7);
        await _host.Services.GetRequiredService<FaqCache>().SaveAsync("Mevrouw [NAAM] wil minder uren begeleiding, hoeveel moet ik indiceren?", "Zes uur.", ticketId: 8);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("welke aanbieders leveren logeeropvang in Heerlen")]
    [InlineData("Logeeropvang in Heerlen: welke aanbieder levert dat?")]
    [InlineData("Welke aanbieders leveren er logeeropvang in Heerlen? Alvast dank!")]
    public async Task A_contract_question_of_the_same_meaning_gets_the_standard_answer(string question)
    {
        var answer = await _host.AskAsync(question);

        Assert.Equal("faq", answer.Intent);
        Assert.Equal(Saved, answer.Text);
    }

    [Fact]
    public async Task The_same_question_about_another_gemeente_is_answered_from_the_verwijsgids()
    {
        var answer = await _host.AskAsync("Welke aanbieders leveren logeeropvang in Kerkrade?");

        Assert.NotEqual("faq", answer.Intent);
        Assert.Contains("Kerkrade", answer.Text);
    }

    [Fact]
    public async Task A_casuistiek_question_is_never_answered_by_a_standard_answer_even_its_own_words()
    {
        var answer = await _host.AskAsync("Mevrouw Jansen wil minder uren begeleiding, hoeveel moet ik indiceren?", "Kerkrade");

        Assert.Equal(QuestionCategory.CaseQuestion, answer.Category);
        Assert.NotEqual("faq", answer.Intent);
    }

    [Fact]
    public async Task A_question_that_only_shares_a_few_words_is_not_matched()
    {
        var answer = await _host.AskAsync("Wat is het tarief van logeeropvang in Heerlen?");

        Assert.NotEqual("faq", answer.Intent);
    }
}
