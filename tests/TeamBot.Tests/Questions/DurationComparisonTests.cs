using TeamBot.Core.Questions.Answering;

namespace TeamBot.Tests.Questions;

public sealed class DurationComparisonTests
{
    [Theory]
    [InlineData("Mag ik MST langer dan een half jaar toewijzen?", "Maximale looptijd per toewijzing: 1 traject, maximaal 6 maanden", "Nee")]
    [InlineData("Mag ik MST langer dan drie maanden toewijzen?", "Maximale looptijd per toewijzing: 1 traject, maximaal 6 maanden", "Ja")]
    [InlineData("Mag een crisis langer dan 4 weken duren?", "De crisis duurt maximaal 4 weken.", "Nee")]
    [InlineData("Mag ik BGI langer dan 30 dagen toekennen?", "Maximale looptijd per toewijzing: 24 maanden", "Ja")]
    public void A_period_asked_is_weighed_against_the_one_maximum_the_rule_states(string question, string rule, string expected) =>
        Assert.Equal(expected, DurationComparison.Of(question, rule));

    [Theory]
    // Two periods in the rule: which one applies is not for this reader to guess.
    [InlineData("Mag dyslexie langer dan 6 maanden?", "diagnostiek maximaal 3 maanden; behandeling 18 maanden")]
    // No maximum stated, or no period asked.
    [InlineData("Mag ik MST langer dan een half jaar toewijzen?", "De evaluatie vindt plaats na 6 maanden.")]
    [InlineData("Mag ik MST langer inzetten?", "maximaal 6 maanden")]
    // An extension or exception beside the maximum: a plain nee would be wrong.
    [InlineData("Mag een crisis langer dan 4 weken duren?", "Crisis (46A01, 46A02): maximaal 4 weken, eenmaal te verlengen met 4 weken")]
    [InlineData("Mag een toewijzing langer dan 12 maanden lopen?", "maximaal 12 maanden, tenzij de verlenging al is vastgesteld")]
    [InlineData("Mag ik meer dan twee producten tegelijk inzetten?", "maximaal 6 maanden")]
    public void Without_one_plain_period_on_each_side_it_says_nothing(string question, string rule) =>
        Assert.Null(DurationComparison.Of(question, rule));
}
