using TeamBot.Core.Questions.Answering;

namespace TeamBot.Tests.Questions;

/// <summary>Ja or nee read from a quoted rule only where it says so plainly.</summary>
public sealed class RulePolarityTests
{
    [Theory]
    // A document that answers its own question says ja or nee first; what follows does not overturn it.
    [InlineData("Nee, dat mag alleen na overleg met de toegang.", "Mag de aanbieder de zorg zelf verlengen?", "Nee")]
    [InlineData("Ja, maar niet op dezelfde dag als dagbehandeling.", "Mag logeeropvang naast groepsbegeleiding?", "Ja")]
    [InlineData("Verlenging is nooit automatisch.", "Wordt een toewijzing automatisch verlengd?", "Nee")]
    [InlineData("De aanbieder mag onderaannemers inzetten, uitsluitend met toestemming.", "Mag een aanbieder onderaannemers inzetten?", "Ja")]
    public void A_plain_statement_gives_ja_or_nee(string passage, string question, string expected) =>
        Assert.Equal(expected, RulePolarity.Of(passage, question, []));

    [Theory]
    // "Januari" and "Jansen" begin with "ja" but say nothing; a question with its own negation gets no verdict.
    [InlineData("Januari is de maand van de jaarafsluiting.", "Wanneer is de jaarafsluiting?")]
    [InlineData("Nee, dat mag alleen na overleg.", "Mag de aanbieder niet zelf verlengen?")]
    public void Otherwise_it_says_nothing(string passage, string question) =>
        Assert.Null(RulePolarity.Of(passage, question, []));
}
