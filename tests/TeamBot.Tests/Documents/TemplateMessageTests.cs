using System.Text.RegularExpressions;
using TeamBot.Core.Documents;
using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

/// <summary>Every problem a Word user reads is Dutch: Scriban's English messages never reach them.</summary>
public sealed partial class TemplateMessageTests
{
    private static readonly Dictionary<string, object?> Plan = new()
    {
        ["regio"] = "Zuid-Limburg",
        ["jaar"] = 2027,
        ["acties"] = new List<object> { new Dictionary<string, object?> { ["actie"] = "A", ["bedrag"] = "veel" } },
    };

    [Theory]
    [InlineData("{{ regio. }}", "Na een punt hoort de naam van een veld")]
    [InlineData("{{ 1 + }}", "Hier ontbreekt een waarde of naam (gevonden: het einde van de tag)")]
    [InlineData("{{ \"abc }}", "wordt niet afgesloten met \"")]
    [InlineData("{{ for a acties }}x{{ end }}", "hoort 'in'")]
    [InlineData("{{ bedrag(1 }}", "Een haakje ( wordt niet gesloten met )")]
    [InlineData("{{ acties[0 }}", "Een [ wordt niet gesloten met ]")]
    [InlineData("{{ 'a\\q' }}", "\\q in een tekst is geen geldig teken")]
    [InlineData("{{ regio ) }}", "')' hoort hier niet")]
    [InlineData("{{ x = 1 = 2 }}", "Een toewijzing met =")]
    [InlineData("{{ a , b }}", "',' hoort hier niet")]
    public void A_tag_Scriban_cannot_read_is_explained_in_Dutch(string tag, string explained)
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P(tag)), Plan));

        Assert.Contains(explained, problem.Message);
        AssertDutch(problem);
    }

    [Theory]
    [InlineData("{{ regio * regio }}", "De bewerking * kan niet met deze waarden")]
    [InlineData("{{ for x in jaar }}x{{ end }}", "for … in verwacht een lijst")]
    [InlineData("{{ getal 1 \"twee\" }}", "Hier is een geheel getal nodig, maar de waarde is een tekst.")]
    [InlineData("{{ jaar | regio }}", "Na | hoort een functie, maar 'regio' is geen functie.")]
    [InlineData("{{ -regio }}", "Alleen een getal kan met - negatief gemaakt worden.")]
    [InlineData("{{ string.upcase = 1 }}", "'string.upcase' is een ingebouwde functie en kan niet overschreven worden.")]
    [InlineData("{{ bedrag 1 2 }}", "Deze functie krijgt meer waarden dan ze gebruikt.")]
    [InlineData("{{ regio jaar }}", "Hier staan twee waarden naast elkaar")]
    public void A_tag_that_cannot_be_filled_in_is_explained_in_Dutch(string tag, string explained)
    {
        var problem = Assert.Single(Rendering.Problems(new WordTemplate(P(tag)), Plan));

        Assert.StartsWith(problem.Tag, tag);
        Assert.Contains(explained, problem.Message);
        AssertDutch(problem);
    }

    [Fact]
    public void A_message_Scriban_gives_that_is_not_known_becomes_a_general_Dutch_sentence()
    {
        Assert.Equal("Controleer de schrijfwijze: haakjes, aanhalingstekens, punten en woorden als for, in, if en end.", ScribanMessages.Parse("Something new went wrong"));
    }

    private static void AssertDutch(TemplateProblem problem) =>
        Assert.False(English().IsMatch(problem.Message), $"English in: {problem.Message}");

    [GeneratedRegex(@"\b(Expecting|Unexpected|Invalid|Cannot|Unable|token|found|instead|the|while parsing|not supported|Parameter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
