using static TeamBot.Tests.Documents.Word;

namespace TeamBot.Tests.Documents;

public sealed class FormattingFunctionTests
{
    private static readonly Dictionary<string, object?> Model = new()
    {
        ["kosten"] = 27584.03m,
        ["negatief"] = -1234.5m,
        ["tekst_bedrag"] = "2394000",
        ["nl_tekst"] = "6,25",
        ["dubbel"] = 1234.5d,
        ["aandeel"] = 6.25m,
        ["heel"] = 25,
        ["start"] = new DateOnly(2023, 1, 1),
        ["eind"] = "2027-12-31",
        ["moment"] = new DateTime(2024, 5, 15, 10, 0, 0),
        ["geen"] = null,
    };

    [Theory]
    [InlineData("{{ bedrag kosten }}", "€ 27.584,03")]
    [InlineData("{{ kosten | bedrag }}", "€ 27.584,03")]
    [InlineData("{{ negatief | bedrag }}", "€ -1.234,50")]
    [InlineData("{{ tekst_bedrag | bedrag }}", "€ 2.394.000,00")]
    [InlineData("{{ euro kosten }}", "€ 27.584")]
    [InlineData("{{ euro 0.5 }}", "€ 1")]
    [InlineData("{{ getal dubbel }}", "1.234,5")]
    [InlineData("{{ getal dubbel 2 }}", "1.234,50")]
    [InlineData("{{ getal 1234567 }}", "1.234.567")]
    [InlineData("{{ getal nl_tekst }}", "6,25")]
    [InlineData("{{ procent aandeel }}", "6,25%")]
    [InlineData("{{ procent heel }}", "25%")]
    [InlineData("{{ procent 33.3333 }}", "33,33%")]
    [InlineData("{{ procent aandeel 1 }}", "6,3%")]
    [InlineData("{{ datum start }}", "1 januari 2023")]
    [InlineData("{{ datum eind }}", "31 december 2027")]
    [InlineData("{{ datum_kort eind }}", "31-12-2027")]
    [InlineData("{{ datum_kort moment }}", "15-05-2024")]
    [InlineData("{{ kwartaal start }}", "1e kwartaal")]
    [InlineData("{{ kwartaal moment }}", "2e kwartaal")]
    [InlineData("{{ kwartaal 3 }}", "3e kwartaal")]
    [InlineData("{{ kwartaal \"2027-10-01\" }}", "4e kwartaal")]
    [InlineData("[{{ bedrag geen }}{{ datum geen }}{{ kwartaal geen }}]", "[]")]
    public void Dutch_formatting_function_shows_the_value_as_Dutch_readers_expect(string tag, string expected)
    {
        using var document = Rendering.Render(new WordTemplate(P(tag)), Model);

        Assert.Equal([expected], document.BodyTexts());
    }
}
