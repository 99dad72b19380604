using TeamBot.Core.Cards;

namespace TeamBot.Tests.Cards;

/// <summary>Card texts are plain: a host's markdown must not turn a line into a list, heading, quote or rule.</summary>
public sealed class CardMarkdownTests
{
    [Theory]
    [InlineData("3. Declareren > 3.2 Declaratietermijn", "3\\. Declareren > 3.2 Declaratietermijn")]
    [InlineData("Volgens het protocol:\n12) Slotbepalingen", "Volgens het protocol:\n12\\) Slotbepalingen")]
    [InlineData("- los streepje", "\\- los streepje")]
    [InlineData("* ster", "\\* ster")]
    [InlineData("# Kop", "\\# Kop")]
    [InlineData("> citaat", "\\> citaat")]
    [InlineData("Tekst\n---", "Tekst\n\\---")]
    [InlineData("Tekst\n===", "Tekst\n\\===")]
    [InlineData("3.2 Declaratietermijn", "3.2 Declaratietermijn")]
    [InlineData("In 2026. Daarna", "In 2026. Daarna")]
    [InlineData("€ 214,00 per etmaal - t/m 31-12-2026", "€ 214,00 per etmaal - t/m 31-12-2026")]
    [InlineData("**vet** blijft", "**vet** blijft")]
    public void A_line_start_that_markdown_reads_as_a_block_is_escaped(string text, string escaped) =>
        Assert.Equal(escaped, CardMarkdown.Escape(text));

    [Fact]
    public void A_rendered_source_section_keeps_its_number_instead_of_becoming_a_list()
    {
        var card = CardTestKit.Factory().Answer(CardTestKit.Document, CardActionStyle.Execute);

        Assert.Contains("3\\. Declareren > 3.2 Declaratietermijn", CardTestKit.Texts(card));
        Assert.DoesNotContain(CardTestKit.Texts(card), t => t.StartsWith("3. ", StringComparison.Ordinal));
    }

    [Fact]
    public void Fact_titles_and_values_are_escaped_too()
    {
        var card = CardTestKit.Factory().EscalationTicket(CardTestKit.OpenTicket with { AskerMunicipality = "1. Heerlen" }, CardActionStyle.Execute);

        var gemeente = CardTestKit.OfType(card, "FactSet")[0].GetProperty("facts")[0];
        Assert.Equal("1\\. Heerlen", gemeente.GetProperty("value").GetString());
    }
}
