using TeamBot.Core.Questions.Classification;

namespace TeamBot.Tests.Questions;

public sealed class QuestionClassificationTests
{
    private static readonly QuestionClassifier Classifier = new();

    public static TheoryData<string> HostileInputs => new()
    {
        "",
        "   ",
        "\t\r\n",
        "😀🙈👍",
        new string('x', 10_000),
        Repeated("Is Radar gecontracteerd voor dyslexie in Beek? Mevrouw [NAAM] (34) wil meer uren. ", 10_000),
        "<script>alert('x')</script><b>Is <i>Kompas</i> gecontracteerd?</b>",
        "'; DROP TABLE questions; -- SELECT * FROM contracten WHERE 1=1",
        "\0\u0001\u0007\u001b[31mrood\u001b[0m\u007f",
        "\u202Eeseoh\u202C \uD800 \uDFFF",
        "[NAAM][BSN][DATUM] [ONBEKEND] [ ] []",
        "€€€ 45A01 45A01 (12) (12) 301 2026 9999999999999999999999",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_input_gets_a_well_formed_classification_without_throwing(string input)
    {
        var result = Classifier.Classify(input);

        Assert.True(Enum.IsDefined(result.Category));
        Assert.Equal(3, result.Scores.Count);
        Assert.All(result.Scores.Values, p => Assert.InRange(p, 0.0, 1.0));
        Assert.Equal(1.0, result.Scores.Values.Sum(), 6);
        Assert.Equal(result.Scores[result.Category], result.Confidence);
        Assert.Equal(result.Scores.Values.Max(), result.Confidence);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n ")]
    [InlineData("🙏")]
    [InlineData("?!?")]
    public void A_message_without_any_word_is_other(string input) =>
        Assert.Equal(QuestionCategory.Other, Classifier.Classify(input).Category);

    [Fact]
    public void A_missing_question_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => Classifier.Classify(null!));

    [Theory]
    [InlineData("Is Zorgkracht Utrecht gecontracteerd voor dyslexie in Zeist?")]
    [InlineData("Is [NAAM] gecontracteerd voor dyslexie in [NAAM]?")]
    [InlineData("Wat is het uurtarief van 46B07 bij Stichting Zonnewende in Almere?")]
    [InlineData("Wie is de contractmanager van Jeugdzorg Oostvogel?")]
    [InlineData("Welke aanbieders leveren kamertraining in Apeldoorn?")]
    [InlineData("Tot wanneer loopt de overeenkomst met Thuisbegeleiding Waterland?")]
    public void Contract_questions_naming_unseen_aanbieders_and_gemeenten_are_contract(string question) =>
        AssertCategory(QuestionCategory.Contract, question);

    [Theory]
    [InlineData("Mevrouw [NAAM] (34) heeft drie kinderen en wil minder uren, wat adviseer je?")]
    [InlineData("Ik heb een jongen van 9 met angstklachten in Almere, welke hulp past het best?")]
    [InlineData("[NAAM] (geb. [DATUM], BSN [BSN]) wil stoppen met zijn dagbesteding. Moet ik dat accepteren?")]
    [InlineData("Moet ik voor deze vader meer uren begeleiding indiceren nu zijn vrouw in het ziekenhuis ligt?")]
    public void Questions_about_one_client_are_casuistiek(string question) =>
        AssertCategory(QuestionCategory.CaseQuestion, question);

    [Theory]
    [InlineData("goedemorgen!")]
    [InlineData("Bedankt voor je hulp, fijn weekend")]
    [InlineData("Mijn Outlook start niet meer op sinds vanochtend")]
    [InlineData("Wat kun jij allemaal voor mij doen?")]
    public void Greetings_thanks_help_and_it_questions_are_other(string question) =>
        AssertCategory(QuestionCategory.Other, question);

    [Theory]
    [InlineData(QuestionCategory.Contract, "contract")]
    [InlineData(QuestionCategory.CaseQuestion, "casuistiek")]
    [InlineData(QuestionCategory.Other, "overig")]
    public void Categories_have_their_wire_names_and_read_back(QuestionCategory category, string wireName)
    {
        Assert.Equal(wireName, category.ToWireName());
        Assert.Equal(category, QuestionCategoryNames.FromWireName(wireName.ToUpperInvariant()));
    }

    [Fact]
    public void The_same_question_always_gets_the_same_classification()
    {
        const string question = "Mag ik voor deze moeder meer uren indiceren dan het tarief dekt?";

        var first = Classifier.Classify(question);
        var second = new QuestionClassifier().Classify(question);

        Assert.Equal(first.Category, second.Category);
        Assert.Equal(first.Confidence, second.Confidence);
    }

    private static string Repeated(string text, int length) =>
        string.Concat(Enumerable.Repeat(text, length / text.Length + 1))[..length];

    private static void AssertCategory(QuestionCategory expected, string question)
    {
        var result = Classifier.Classify(question);
        Assert.True(result.Category == expected,
            $"'{question}' was classified {result.Category.ToWireName()} ({result.Confidence:F2}), expected {expected.ToWireName()}.");
    }
}
