using System.Text.Json;
using TeamBot.Core.Cards;

namespace TeamBot.Tests.Cards;

public sealed class MessageCardTests
{
    private readonly CardFactory _cards = CardTestKit.Factory();

    [Fact]
    public void The_welcome_card_says_what_the_bot_does_and_does_not_do_with_example_questions_for_Teams()
    {
        var card = _cards.Welcome(CardActionStyle.Execute);
        CardArtifacts.Save("welcome-execute", card);

        CardAssert.WellFormed(card);
        var text = CardTestKit.AllText(card);
        Assert.Contains("Contractvragen en vragen over de verwijsgids beantwoord ik meteen, met de bron erbij", text);
        Assert.Contains("Casuïstiek", text);
        Assert.Contains("beslist de toegang zelf", text);
        Assert.Contains("zet ik met één klik door naar het inkoopteam", text);
        Assert.Contains("haal ik uit je vraag voordat er iets wordt opgeslagen", text);
        var examples = CardTestKit.Actions(card);
        Assert.Equal(3, examples.Count);
        foreach (var example in examples)
        {
            Assert.Equal("Action.Submit", example.GetProperty("type").GetString());
            var imBack = example.GetProperty("data").GetProperty("msteams");
            Assert.Equal("imBack", imBack.GetProperty("type").GetString());
            Assert.Equal(example.GetProperty("title").GetString(), imBack.GetProperty("value").GetString());
        }
    }

    [Fact]
    public void In_Web_Chat_the_example_questions_send_their_text_as_the_users_message()
    {
        var card = _cards.Welcome(CardActionStyle.Submit);
        CardArtifacts.Save("welcome-submit", card);

        CardAssert.WellFormed(card);
        var example = CardTestKit.Actions(card)[0];
        Assert.Equal(JsonValueKind.String, example.GetProperty("data").ValueKind);
        Assert.Equal(example.GetProperty("title").GetString(), example.GetProperty("data").GetString());
    }

    [Fact]
    public void The_expert_answer_reaches_the_asker_under_their_own_question()
    {
        var card = _cards.ExpertAnswer(12, CardTestKit.AnsweredTicket.RedactedQuestion, CardTestKit.AnsweredTicket.Answer!);
        CardArtifacts.Save("expert-answer", card);

        CardAssert.WellFormed(card);
        var texts = CardTestKit.Texts(card);
        Assert.Contains("Antwoord van het inkoopteam op je vraag", texts);
        Assert.Contains(CardTestKit.AnsweredTicket.RedactedQuestion, texts);
        Assert.Contains("Nee. Een pauze is geen geleverde zorg en wordt niet gedeclareerd, ook niet op zondag.", texts);
        Assert.Contains("Ticket #12", texts);
        Assert.Empty(CardTestKit.Actions(card));
    }

    [Fact]
    public void Someone_outside_the_inkoopteam_gets_a_polite_refusal()
    {
        var card = _cards.Refusal();
        CardArtifacts.Save("refusal", card);

        CardAssert.WellFormed(card);
        Assert.Contains("Alleen het inkoopteam kan dit beantwoorden", CardTestKit.Texts(card));
        Assert.Contains("Je antwoord is niet opgeslagen", CardTestKit.AllText(card));
        Assert.Empty(CardTestKit.Actions(card));
    }

    [Fact]
    public void An_info_card_shows_its_title_and_text()
    {
        var card = _cards.Info("Digest aangezet", "Je krijgt elke maandag om 08:00 het overzicht van de week.\n- Uitzetten: typ \"digest uit\".");
        CardArtifacts.Save("info", card);

        CardAssert.WellFormed(card);
        var texts = CardTestKit.Texts(card);
        Assert.Contains("Digest aangezet", texts);
        Assert.Contains("Je krijgt elke maandag om 08:00 het overzicht van de week.", texts);
        Assert.Contains("Uitzetten: typ \"digest uit\".", texts);
    }
}
