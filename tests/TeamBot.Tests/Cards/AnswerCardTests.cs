using TeamBot.Core.Cards;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Tests.Cards;

public sealed class AnswerCardTests
{
    private readonly CardFactory _cards = CardTestKit.Factory();

    [Theory]
    [InlineData(CardActionStyle.Execute, "answer-contract-execute")]
    [InlineData(CardActionStyle.Submit, "answer-contract-submit")]
    public void A_contract_answer_shows_its_bullets_sources_and_feedback_and_escalate_buttons(CardActionStyle style, string name)
    {
        var card = _cards.Answer(CardTestKit.Contract, style);
        CardArtifacts.Save(name, card);

        CardAssert.WellFormed(card);
        var texts = CardTestKit.Texts(card);
        Assert.Contains("Contractvraag", texts);
        Assert.Contains("Gecontracteerd in Heerlen voor Kortdurend verblijf (logeeropvang) (44C01):", texts);
        Assert.Contains("Autismepunt Zuid: inspanningsgericht, € 214,00 per etmaal, t/m 31-12-2026", texts);
        Assert.Equal(2, texts.Count(t => t == "•"));
        Assert.Contains("Bronnen", texts);
        Assert.Equal([("Verwijsgids", "Contracten")], CardTestKit.Sources(card));
        Assert.Empty(CardTestKit.OfType(card, "FactSet"));
        Assert.Equal(["Nuttig", "Niet nuttig", "Vraag het inkoopteam"], CardTestKit.ActionTitles(card));
        Assert.Equal(41, CardAssert.SendsVerb(CardTestKit.Action(card, "Nuttig"), style, CardVerbs.FeedbackUseful).GetProperty("logId").GetInt64());
        Assert.Equal(41, CardAssert.SendsVerb(CardTestKit.Action(card, "Niet nuttig"), style, CardVerbs.FeedbackNotUseful).GetProperty("logId").GetInt64());
        Assert.Equal(41, CardAssert.SendsVerb(CardTestKit.Action(card, "Vraag het inkoopteam"), style, CardVerbs.Escalate).GetProperty("logId").GetInt64());
    }

    [Theory]
    [InlineData(CardActionStyle.Execute, "answer-casuistiek-execute")]
    [InlineData(CardActionStyle.Submit, "answer-casuistiek-submit")]
    public void A_casuistiek_answer_is_marked_as_such_and_offers_the_override(CardActionStyle style, string name)
    {
        var card = _cards.Answer(CardTestKit.CaseQuestion, style);
        CardArtifacts.Save(name, card);

        CardAssert.WellFormed(card);
        Assert.Contains("Casuïstiek: hierover beslist de toegang zelf", CardTestKit.Texts(card));
        Assert.Contains(CardTestKit.OfType(card, "Container"), c => c.TryGetProperty("style", out var s) && s.GetString() == "warning");
        Assert.Equal(["Nuttig", "Niet nuttig", "Vraag het inkoopteam", "Dit is toch een contractvraag"], CardTestKit.ActionTitles(card));
        var data = CardAssert.SendsVerb(CardTestKit.Action(card, "Dit is toch een contractvraag"), style, CardVerbs.Override);
        Assert.Equal(42, data.GetProperty("logId").GetInt64());
    }

    [Fact]
    public void An_overig_answer_has_no_buttons_and_no_sources()
    {
        var card = _cards.Answer(CardTestKit.Other, CardActionStyle.Execute);
        CardArtifacts.Save("answer-overig", card);

        CardAssert.WellFormed(card);
        Assert.Contains("Overig", CardTestKit.Texts(card));
        Assert.Empty(CardTestKit.Actions(card));
        Assert.Empty(CardTestKit.Sources(card));
        Assert.False(card.Element.TryGetProperty("actions", out _));
    }

    [Fact]
    public void A_document_answer_cites_the_document_and_its_section()
    {
        var card = _cards.Answer(CardTestKit.Document, CardActionStyle.Execute);
        CardArtifacts.Save("answer-document", card);

        CardAssert.WellFormed(card);
        // The section number is escaped, so a host's markdown shows it instead of starting a numbered list.
        Assert.Equal([("Declaratieprotocol Jeugdwet en Wmo 2015 Begeleiding", "3\\. Declareren > 3.2 Declaratietermijn")], CardTestKit.Sources(card));
        // Lines of one paragraph stay one block; the blank line starts the next.
        Assert.Contains(CardTestKit.Texts(card), t => t.StartsWith("De aanbieder declareert", StringComparison.Ordinal) && t.Contains("\nDeclaraties die na deze termijn"));
    }

    [Fact]
    public void A_standard_answer_names_its_source_on_a_line_of_its_own_so_the_long_title_wraps_between_words()
    {
        var card = _cards.Answer(CardTestKit.Faq, CardActionStyle.Execute);
        CardArtifacts.Save("answer-faq", card);

        CardAssert.WellFormed(card);
        Assert.Equal([("Standaardantwoord van het inkoopteam", "ticket #12")], CardTestKit.Sources(card));
        // No column beside the title: a FactSet's title column broke "Standaardantwoor-d" inside the word.
        Assert.Empty(CardTestKit.OfType(card, "FactSet"));
    }

    [Theory]
    [InlineData(CardActionStyle.Execute)]
    [InlineData(CardActionStyle.Submit)]
    public void The_feedback_buttons_have_a_column_each_so_they_sit_side_by_side_in_every_host(CardActionStyle style)
    {
        var card = _cards.Answer(CardTestKit.Contract, style);

        var row = CardTestKit.OfType(card, "ColumnSet").Single(c => c.TryGetProperty("id", out var id) && id.GetString() == "feedback");
        var columns = row.GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(["Nuttig", "Niet nuttig"], columns.Select(c => c.GetProperty("items")[0].GetProperty("actions").EnumerateArray().Single().GetProperty("title").GetString()));
        Assert.All(columns, c => Assert.Equal("auto", c.GetProperty("width").GetString()));
    }

    [Fact]
    public void An_unsure_answer_puts_the_inkoopteam_first_and_asks_no_feedback()
    {
        var card = _cards.Answer(CardTestKit.Unsure, CardActionStyle.Execute);
        CardArtifacts.Save("answer-unsure", card);

        CardAssert.WellFormed(card);
        var escalate = Assert.Single(CardTestKit.Actions(card));
        Assert.Equal("Vraag het inkoopteam", escalate.GetProperty("title").GetString());
        Assert.Equal("positive", escalate.GetProperty("style").GetString());
    }

    [Fact]
    public void A_refused_question_or_one_without_log_id_gets_no_buttons()
    {
        var refused = _cards.Answer(CardTestKit.Other with { Outcome = QuestionOutcome.Refused, Text = "Je vraag is te lang." }, CardActionStyle.Execute);
        var unlogged = _cards.Answer(CardTestKit.Contract with { LogId = null }, CardActionStyle.Execute);

        Assert.Empty(CardTestKit.Actions(refused));
        Assert.Empty(CardTestKit.Actions(unlogged));
    }

    [Theory]
    [InlineData(AnswerFeedback.Useful, "Bedankt voor je feedback!")]
    [InlineData(AnswerFeedback.NotUseful, "Bedankt voor je feedback. Daar leren we van.")]
    public void After_feedback_the_card_thanks_the_asker_and_drops_the_feedback_buttons(AnswerFeedback feedback, string thanks)
    {
        var card = _cards.Answer(CardTestKit.Contract, CardActionStyle.Execute, new AnswerCardState(Feedback: feedback));
        CardArtifacts.Save("answer-after-feedback-" + (feedback == AnswerFeedback.Useful ? "useful" : "not-useful"), card);

        CardAssert.WellFormed(card);
        Assert.Contains(thanks, CardTestKit.Texts(card));
        Assert.Equal(["Vraag het inkoopteam"], CardTestKit.ActionTitles(card));
        Assert.Contains("Autismepunt Zuid: inspanningsgericht, € 214,00 per etmaal, t/m 31-12-2026", CardTestKit.Texts(card));
    }

    [Theory]
    [InlineData(CardActionStyle.Execute, "answer-after-escalation-execute")]
    [InlineData(CardActionStyle.Submit, "answer-after-escalation-submit")]
    public void After_escalating_the_card_names_the_ticket_and_drops_escalate_and_override(CardActionStyle style, string name)
    {
        var card = _cards.Answer(CardTestKit.CaseQuestion, style, new AnswerCardState(Ticket: new TicketProgress(12, EscalationState.Open)));
        CardArtifacts.Save(name, card);

        CardAssert.WellFormed(card);
        Assert.Contains(CardTestKit.Texts(card), t => t.StartsWith("Doorgezet naar het inkoopteam (ticket #12).", StringComparison.Ordinal));
        Assert.Equal(["Nuttig", "Niet nuttig"], CardTestKit.ActionTitles(card));
    }

    [Theory]
    [InlineData(true, "Het inkoopteam heeft deze vraag al beantwoord (ticket #12): het antwoord staat hier in de chat.")]
    [InlineData(false, "Het inkoopteam heeft deze vraag al beantwoord (ticket #12): je krijgt het antwoord hier in de chat.")]
    public void An_answered_ticket_is_called_answered_and_never_forwarded(bool delivered, string notice)
    {
        var card = _cards.Answer(CardTestKit.CaseQuestion, CardActionStyle.Execute,
            new AnswerCardState(Ticket: new TicketProgress(12, EscalationState.Answered, HasAnswer: true, AnswerDelivered: delivered)));
        CardArtifacts.Save("answer-ticket-answered" + (delivered ? "" : "-undelivered"), card);

        CardAssert.WellFormed(card);
        Assert.Contains(notice, CardTestKit.Texts(card));
        Assert.DoesNotContain(CardTestKit.Texts(card), t => t.Contains("Doorgezet", StringComparison.Ordinal) || t.Contains("werkdagen", StringComparison.Ordinal));
        Assert.DoesNotContain("Vraag het inkoopteam", CardTestKit.ActionTitles(card));
    }

    [Fact]
    public void A_ticket_closed_without_an_answer_says_so()
    {
        var card = _cards.Answer(CardTestKit.Contract, CardActionStyle.Execute, new AnswerCardState(Ticket: new TicketProgress(7, EscalationState.Closed)));

        Assert.Contains("Het inkoopteam heeft ticket #7 gesloten zonder antwoord.", CardTestKit.Texts(card));
    }

    [Fact]
    public void The_contract_answer_after_the_override_notes_it_and_offers_the_inkoopteam_and_feedback()
    {
        var card = _cards.Answer(CardTestKit.Contract, CardActionStyle.Execute, new AnswerCardState(OverriddenAsContract: true));
        CardArtifacts.Save("answer-after-override", card);

        CardAssert.WellFormed(card);
        Assert.Contains("Genoteerd: dit is toch een contractvraag. Je vraag is als contractvraag beantwoord.", CardTestKit.Texts(card));
        Assert.DoesNotContain("Casuïstiek: hierover beslist de toegang zelf", CardTestKit.Texts(card));
        Assert.Equal(["Nuttig", "Niet nuttig", "Vraag het inkoopteam"], CardTestKit.ActionTitles(card));
        Assert.Equal("positive", CardTestKit.Action(card, "Vraag het inkoopteam").GetProperty("style").GetString());
    }

    [Fact]
    public void The_contract_answer_of_a_question_already_escalated_names_that_ticket_and_offers_no_second_one()
    {
        var ticket = new TicketProgress(13, EscalationState.Answered, HasAnswer: true, AnswerDelivered: true);
        var card = _cards.Answer(CardTestKit.Contract, CardActionStyle.Execute, new AnswerCardState(OverriddenAsContract: true, Ticket: ticket));
        CardArtifacts.Save("answer-after-override-escalated", card);

        CardAssert.WellFormed(card);
        var texts = CardTestKit.Texts(card);
        Assert.Contains("Genoteerd: dit is toch een contractvraag. Je vraag is als contractvraag beantwoord.", texts);
        Assert.Contains("Het inkoopteam heeft deze vraag al beantwoord (ticket #13): het antwoord staat hier in de chat.", texts);
        Assert.Equal(["Nuttig", "Niet nuttig"], CardTestKit.ActionTitles(card));
    }

    [Fact]
    public void The_overridden_casuistiek_card_offers_neither_the_override_nor_a_rating_again()
    {
        var card = _cards.Answer(CardTestKit.CaseQuestion, CardActionStyle.Execute, new AnswerCardState(Feedback: AnswerFeedback.Override, OverriddenAsContract: true));

        Assert.Equal(["Vraag het inkoopteam"], CardTestKit.ActionTitles(card));
        Assert.DoesNotContain(CardTestKit.Texts(card), t => t.StartsWith("Bedankt", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_after_every_button_has_no_buttons_left()
    {
        var card = _cards.Answer(CardTestKit.Contract, CardActionStyle.Execute, new AnswerCardState(AnswerFeedback.Useful, Ticket: new TicketProgress(3, EscalationState.Open)));

        Assert.False(card.Element.TryGetProperty("actions", out _));
        Assert.Contains("Bedankt voor je feedback!", CardTestKit.Texts(card));
    }

    [Fact]
    public void The_state_is_read_from_what_is_stored_so_a_refresh_after_escalating_keeps_the_feedback()
    {
        var entry = new QuestionLogEntry(41, CardTestKit.Now, "vraag", QuestionCategory.Contract, 0.99, "x", QuestionOutcome.Answered, [], "p", null, "test", 1,
            Feedback: AnswerFeedback.Useful, EscalationState: EscalationState.Open);
        var ticket = CardTestKit.OpenTicket with { QuestionLogId = 41 };

        var state = AnswerCardState.From(entry, ticket);

        Assert.Equal(new AnswerCardState(AnswerFeedback.Useful, OverriddenAsContract: false, new TicketProgress(12, EscalationState.Open)), state);
        Assert.Equal(AnswerCardState.From(entry with { Feedback = null, OverrideOf = 40 }, null), new AnswerCardState(OverriddenAsContract: true));
    }

    [Fact]
    public void Many_sources_are_cut_to_a_readable_list_with_a_count()
    {
        var sources = Enumerable.Range(1, 12).Select(i => new AnswerSource(AnswerSourceKind.Document, $"Document {i}", $"§ {i}")).ToList();

        var card = _cards.Answer(CardTestKit.Document with { Sources = sources }, CardActionStyle.Execute);

        var shown = CardTestKit.Sources(card);
        Assert.Equal(CardFactory.MaxSources, shown.Count);
        Assert.Equal("en nog 5 bronnen", shown[CardFactory.MaxSources - 1].Value);
    }
}
