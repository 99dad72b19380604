using System.Text.Json;
using TeamBot.Core.Cards;

namespace TeamBot.Tests.Cards;

public sealed class CardActionRequestTests
{
    private readonly CardFactory _cards = CardTestKit.Factory();

    [Theory]
    [InlineData(CardActionStyle.Execute)]
    [InlineData(CardActionStyle.Submit)]
    public void A_pressed_answer_button_reads_the_same_from_Teams_and_Web_Chat(CardActionStyle style)
    {
        var button = CardTestKit.Action(_cards.Answer(CardTestKit.CaseQuestion, style), "Dit is toch een contractvraag");

        var request = Press(button);

        Assert.Equal(new CardActionRequest(CardVerbs.Override, 42, null, null, false), request);
    }

    [Theory]
    [InlineData(CardActionStyle.Execute)]
    [InlineData(CardActionStyle.Submit)]
    public void A_ticket_answer_carries_the_ticket_id_and_the_inputs(CardActionStyle style)
    {
        var button = CardTestKit.Action(_cards.EscalationTicket(CardTestKit.OpenTicket, style), "Beantwoorden");

        var request = Press(button, ("answer", "Nee, dat mag niet."), ("saveAsFaq", "true"));

        Assert.Equal(new CardActionRequest(CardVerbs.TicketAnswer, null, 12, "Nee, dat mag niet.", true), request);
    }

    [Fact]
    public void Ids_sent_as_strings_are_read_and_data_without_a_verb_is_not_ours()
    {
        var withStrings = JsonDocument.Parse("""{ "verb": "escalate", "logId": "7", "saveAsFaq": "false" }""").RootElement;
        var noVerb = JsonDocument.Parse("""{ "logId": 7 }""").RootElement;

        Assert.Equal(new CardActionRequest(CardVerbs.Escalate, 7, null, null, false), CardActionRequest.From(null, withStrings));
        Assert.Null(CardActionRequest.From(null, noVerb));
        Assert.Null(CardActionRequest.From(null, JsonDocument.Parse("\"Wat is de declaratietermijn?\"").RootElement));
    }

    /// <summary>What the client sends: Teams puts the verb beside data, Web Chat sends data (with the inputs merged in) as the message value.</summary>
    private static CardActionRequest? Press(JsonElement button, params (string Id, string Value)[] inputs)
    {
        var data = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(button.GetProperty("data").GetRawText())!;
        foreach (var (id, value) in inputs) data[id] = JsonSerializer.SerializeToElement(value);
        var sent = JsonSerializer.SerializeToElement(data);
        var verb = button.TryGetProperty("verb", out var v) ? v.GetString() : null;
        return CardActionRequest.From(verb, sent);
    }
}
