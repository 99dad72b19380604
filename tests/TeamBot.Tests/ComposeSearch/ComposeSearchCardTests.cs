using System.Text.Json;
using TeamBot.Core.ComposeSearch;
using TeamBot.Core.Regions;
using TeamBot.Tests.Cards;

namespace TeamBot.Tests.ComposeSearch;

/// <summary>The cards the compose box inserts into a chat; the JS card suites validate and render what is saved here.</summary>
public sealed class ComposeSearchCardTests
{
    private static readonly ComposeSearchCards Cards = new(CardTestKit.Templates());

    private static readonly Provider Provider = new("Stichting Jeugdzorg Kerkrade en Omstreken", "00000099", "www.jeugdzorgkerkrade.voorbeeld.nl",
        "045-0000 099", "contractbeheer.jeugdzorgkerkrade-en-omstreken@voorbeeld.nl", "Anouk Pelzer", "Tom Wetzels", ["autisme"], ["jeugd 0-18"]);

    private static readonly Product Product = new("45A02", "Ambulante jeugdhulp specialistisch", "Jeugdwet", "45 Jeugdhulp ambulant", "Segment 4", "uur", null);

    private static readonly Contract Contract = new(Provider.Name, Product.Code, "Zuid-Limburg", ["Heerlen", "Kerkrade", "Landgraaf", "Brunssum", "Simpelveld"], false,
        DeliveryModel.EffortBased, 98.40m, new DateOnly(2023, 1, 1), new DateOnly(2028, 12, 31), new DateOnly(2030, 12, 31), "Segment 4", ContractStatus.Active,
        "Wachttijd meestal vier weken; spoed in overleg.");

    private static readonly ContractHit Hit = new(Contract, Provider, Product);

    [Fact]
    public void A_contract_card_names_who_what_where_the_terms_and_how_to_reach_them_without_buttons_of_teambot()
    {
        var card = Cards.Contract(Hit, new DateOnly(2026, 11, 23));
        CardArtifacts.Save("verwijsgids-contract", card);

        CardAssert.WellFormed(card);
        var text = CardTestKit.AllText(card) + "\n" + string.Join("\n", FactValues(card.Element));
        foreach (var fact in new[] { "Stichting Jeugdzorg Kerkrade en Omstreken", "Ambulante jeugdhulp specialistisch (45A02)", "Heerlen, Kerkrade, Landgraaf, Brunssum en Simpelveld",
                     "inspanningsgericht", "€ 98,40 per uur", "31-12-2028", "31-12-2030", "045-0000 099", "Anouk Pelzer", "Wachttijd meestal vier weken", "stand 23-11-2026" })
            Assert.Contains(fact, text);
        var action = Assert.Single(CardTestKit.Actions(card));
        Assert.Equal("Action.OpenUrl", action.GetProperty("type").GetString());
        Assert.Equal("https://www.jeugdzorgkerkrade.voorbeeld.nl/", action.GetProperty("url").GetString());
    }

    [Fact]
    public void The_preview_tells_two_contracts_of_one_aanbieder_for_one_product_apart()
    {
        var preview = ComposeSearchCards.Preview(Hit);
        var elsewhere = ComposeSearchCards.Preview(Hit with { Contract = Contract with { Municipalities = ["Sittard-Geleen", "Beek"] } });

        Assert.Equal("Stichting Jeugdzorg Kerkrade en Omstreken", preview.Title);
        Assert.Equal("Ambulante jeugdhulp specialistisch (45A02)", preview.Subtitle);
        Assert.Equal("€ 98,40 per uur · t/m 31-12-2028 · inspanningsgericht · Heerlen, Kerkrade en 3 andere", preview.Text);
        Assert.EndsWith("Sittard-Geleen en Beek", elsewhere.Text);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("geen website")]
    [InlineData("")]
    public void Only_a_web_address_becomes_a_button(string website)
    {
        var card = Cards.Contract(Hit with { Provider = Provider with { Website = website } }, new DateOnly(2026, 11, 23));

        Assert.Empty(CardTestKit.Actions(card));
    }

    [Fact]
    public void The_ask_dialog_shows_the_redacted_message_in_a_box_to_edit()
    {
        var card = Cards.AskDialog("Wie biedt logeeropvang in Heerlen? Groet, [NAAM] ([TELEFOON])", "vraag", 1000);
        CardArtifacts.Save("vraag-teambot-dialoog", card);

        CardAssert.WellFormed(card);
        Assert.Contains("\"id\":\"vraag\"", card.Json.Replace(" ", ""));
        Assert.Contains("[TELEFOON]", card.Json);
        Assert.Equal("Action.Submit", Assert.Single(CardTestKit.Actions(card)).GetProperty("type").GetString());
    }

    [Fact]
    public void A_shared_answer_keeps_text_and_sources_and_leaves_the_askers_buttons_out()
    {
        var card = CardTestKit.Factory().SharedAnswer(CardTestKit.Contract);
        var unsure = CardTestKit.Factory().SharedAnswer(CardTestKit.Unsure);
        CardArtifacts.Save("gedeeld-antwoord", card);
        CardArtifacts.Save("gedeeld-antwoord-onzeker", unsure);

        CardAssert.WellFormed(card);
        Assert.Contains("Autismepunt Zuid", CardTestKit.AllText(card));
        Assert.Contains("Verwijsgids", CardTestKit.AllText(card));
        Assert.Empty(CardTestKit.Actions(card));
        Assert.DoesNotContain("Action.", card.Json);
        Assert.Contains("stel de vraag daar", CardTestKit.AllText(unsure));
    }

    private static IEnumerable<string> FactValues(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("facts", out var facts) => facts.EnumerateArray().Select(f => f.GetProperty("value").GetString()!),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => FactValues(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(FactValues),
        _ => [],
    };
}
