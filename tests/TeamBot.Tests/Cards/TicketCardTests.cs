using TeamBot.Core.Cards;

namespace TeamBot.Tests.Cards;

public sealed class TicketCardTests
{
    private readonly CardFactory _cards = CardTestKit.Factory();

    [Theory]
    [InlineData(CardActionStyle.Execute, "ticket-open-execute")]
    [InlineData(CardActionStyle.Submit, "ticket-open-submit")]
    public void An_open_ticket_shows_the_question_facts_bot_answer_and_an_answer_box(CardActionStyle style, string name)
    {
        var card = _cards.EscalationTicket(CardTestKit.OpenTicket, style);
        CardArtifacts.Save(name, card);

        CardAssert.WellFormed(card);
        var texts = CardTestKit.Texts(card);
        Assert.Contains("Ticket #12", texts);
        AssertBadge(card, "Open", "accent");
        Assert.Contains(CardTestKit.OpenTicket.RedactedQuestion, texts);
        Assert.Contains("Antwoord van TeamBot", texts);
        Assert.Equal(
            [("Gemeente", "Heerlen"), ("Categorie", "Contractvraag"), ("Gesteld op", "20-11-2026 14:05")],
            Facts(card));
        var answer = Assert.Single(CardTestKit.OfType(card, "Input.Text"));
        Assert.Equal("answer", answer.GetProperty("id").GetString());
        Assert.True(answer.GetProperty("isMultiline").GetBoolean());
        var toggle = Assert.Single(CardTestKit.OfType(card, "Input.Toggle"));
        Assert.Equal("saveAsFaq", toggle.GetProperty("id").GetString());
        Assert.Equal("Opslaan als standaardantwoord", toggle.GetProperty("title").GetString());
        var data = CardAssert.SendsVerb(CardTestKit.Action(card, "Beantwoorden"), style, CardVerbs.TicketAnswer);
        Assert.Equal(12, data.GetProperty("ticketId").GetInt64());
    }

    [Fact]
    public void A_ticket_open_longer_than_five_werkdagen_is_marked_te_laat()
    {
        var card = _cards.EscalationTicket(CardTestKit.OverdueTicket, CardActionStyle.Execute);
        CardArtifacts.Save("ticket-overdue", card);

        CardAssert.WellFormed(card);
        Assert.Contains(("Gemeente", "onbekend"), Facts(card));
        Assert.Contains("Deze vraag staat langer dan 5 werkdagen open.", CardTestKit.Texts(card));
        AssertBadge(card, "Te laat", "attention");
        Assert.Single(CardTestKit.OfType(card, "Input.Text"));
    }

    [Fact]
    public void An_answered_ticket_shows_the_experts_answer_who_and_when_and_no_input()
    {
        var card = _cards.EscalationTicket(CardTestKit.AnsweredTicket, CardActionStyle.Execute, answeredBy: "Anouk de Vries");
        CardArtifacts.Save("ticket-answered", card);

        CardAssert.WellFormed(card);
        var texts = CardTestKit.Texts(card);
        AssertBadge(card, "Beantwoord", "good");
        Assert.Contains("Antwoord van het inkoopteam", texts);
        Assert.Contains("Nee. Een pauze is geen geleverde zorg en wordt niet gedeclareerd, ook niet op zondag.", texts);
        Assert.Contains("Zie de DVO, artikel 4.2.", texts);
        Assert.Contains("Beantwoord door Anouk de Vries op 23-11-2026 09:12", texts);
        Assert.Empty(CardTestKit.OfType(card, "Input.Text"));
        Assert.Empty(CardTestKit.OfType(card, "Input.Toggle"));
        var close = Assert.Single(CardTestKit.Actions(card));
        Assert.Equal("Sluiten", close.GetProperty("title").GetString());
        Assert.Equal(CardVerbs.TicketClose, close.GetProperty("verb").GetString());
    }

    [Fact]
    public void A_closed_ticket_says_so_and_takes_no_answer()
    {
        var card = _cards.EscalationTicket(CardTestKit.ClosedTicket, CardActionStyle.Execute);
        CardArtifacts.Save("ticket-closed", card);

        CardAssert.WellFormed(card);
        AssertBadge(card, "Gesloten", "default");
        Assert.Contains("Gesloten zonder antwoord.", CardTestKit.Texts(card));
        Assert.DoesNotContain("Antwoord van TeamBot", CardTestKit.Texts(card));
        Assert.Empty(CardTestKit.OfType(card, "Input.Text"));
        Assert.Empty(CardTestKit.Actions(card));
    }

    [Fact]
    public void Ticket_times_are_shown_in_Dutch_time_whatever_offset_they_were_stored_with()
    {
        var ticket = CardTestKit.OpenTicket with { OpenedAt = new DateTimeOffset(2026, 7, 1, 6, 30, 0, TimeSpan.Zero) };

        var card = _cards.EscalationTicket(ticket, CardActionStyle.Execute);

        Assert.Contains(("Gesteld op", "01-07-2026 08:30"), Facts(card));
    }

    /// <summary>The coloured state beside the ticket number.</summary>
    private static void AssertBadge(RenderedCard card, string text, string color) =>
        Assert.Contains(CardTestKit.OfType(card, "TextBlock"), t => t.GetProperty("text").GetString() == text && t.GetProperty("color").GetString() == color);

    private static List<(string, string)> Facts(RenderedCard card) =>
        CardTestKit.OfType(card, "FactSet").SelectMany(f => f.GetProperty("facts").EnumerateArray())
            .Select(f => (f.GetProperty("title").GetString()!, f.GetProperty("value").GetString()!)).ToList();
}
