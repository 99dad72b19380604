using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

/// <summary>Word's AutoCorrect changes what is typed inside a tag; the tag still means what the author typed.</summary>
public sealed class AutoCorrectTests
{
    private static readonly Dictionary<string, object?> Plan = new() { ["jaar"] = 2027, ["regio"] = "Zuid-Limburg" };

    [Theory]
    [InlineData("{{ jaar – 1 }}", "2026")]
    [InlineData("{{ jaar — 1 }}", "2026")]
    [InlineData("{{ jaar − 1 }}", "2026")]
    [InlineData("{{ for i in 1…3 }}{{ i }}{{ end }}", "123")]
    [InlineData("{{ 10 * ½ }}", "5")]
    [InlineData("{{\u00A0jaar\u202F}}", "2027")]
    [InlineData("{{ ja\u200Bar }}", "2027")]
    public void A_character_AutoCorrect_put_in_a_tag_reads_as_typed(string tag, string shows)
    {
        using var document = Rendering.Render(new WordTemplate(P(tag)), Plan);

        Assert.Equal([shows], document.BodyTexts());
    }

    [Fact]
    public void Inside_quotes_the_text_stays_as_typed_with_its_dashes_ellipsis_and_apostrophes()
    {
        var template = new WordTemplate(P("{{ regio | string.append “ – 2027…” | string.append “ ’s zomers” | string.append ‘ “kort”’ }}"));

        using var document = Rendering.Render(template, Plan);

        Assert.Equal(["Zuid-Limburg – 2027… ’s zomers “kort”"], document.BodyTexts());
    }

    [Fact]
    public void A_problem_shows_the_tag_as_typed_with_its_curly_quotes()
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P("{{ regio | string.append “x” + }}")), Plan));

        Assert.Equal("{{ regio | string.append “x” + }}", problem.Tag);
    }
}
