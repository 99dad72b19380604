using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamBot.Core.Cards;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Cards;

/// <summary>The real templates and factory on a fixed Monday morning, sample answers and tickets, and readers for card JSON.</summary>
public static class CardTestKit
{
    /// <summary>Monday 23 November 2026, 09:30 in Amsterdam.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(1));

    public static AdaptiveCardTemplates Templates(string? folder = null) =>
        new(Options.Create(folder is null ? new CardOptions() : new CardOptions { TemplatesPath = folder }));

    public static CardFactory Factory() => new(Templates(), TestCalendar.At(Now));

    public static QuestionAnswer Contract { get; } = new(QuestionCategory.Contract, 0.9999, "providers_for_product",
        "Gecontracteerd in Heerlen voor Kortdurend verblijf (logeeropvang) (44C01):\n" +
        "- Autismepunt Zuid: inspanningsgericht, € 214,00 per etmaal, t/m 31-12-2026\n" +
        "- Stichting Gehandicaptenzorg (SGL): inspanningsgericht, € 214,00 per etmaal, t/m 31-12-2026",
        "Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?",
        [new AnswerSource(AnswerSourceKind.ReferralGuide, "Verwijsgids", "Contracten")], false, QuestionOutcome.Answered, 41);

    public static QuestionAnswer CaseQuestion { get; } = new(QuestionCategory.CaseQuestion, 0.9824, "case",
        "Dit klinkt als een vraag over de situatie van één cliënt (casuïstiek). Zo'n beslissing neemt de toegang zelf: dat is de afspraak tussen de toegangen en het inkoopteam.\n\n" +
        "Bespreek de casus met je eigen kwaliteitsmedewerker of werkbegeleider bij Jeugdteam Kerkrade. Loopt de casus vast, leg hem dan voor aan het regionale expertteam.\n\n" +
        "Wat de verwijsgids erover zegt, zonder oordeel over de casus:\n" +
        "- Autismepunt Zuid: inspanningsgericht, € 72,50 per uur, t/m 31-12-2028\n\n" +
        "Is het toch een contractvraag? Stel hem dan zonder gegevens over de cliënt, of kies \"Dit is toch een contractvraag\".",
        "Ik heb een jongen van [LEEFTIJD] met autisme in Kerkrade, welke aanbieder past het best bij hem?",
        [new AnswerSource(AnswerSourceKind.ReferralGuide, "Verwijsgids", "Contracten")], false, QuestionOutcome.Redirected, 42);

    public static QuestionAnswer Other { get; } = new(QuestionCategory.Other, 0.9999, "greeting",
        "Hallo! Waarmee kan ik je helpen? Vraag me bijvoorbeeld welke aanbieders logeeropvang bieden in jouw gemeente.",
        "hallo", [], false, QuestionOutcome.Answered, 43);

    public static QuestionAnswer Document { get; } = new(QuestionCategory.Contract, 0.998, "document",
        "Volgens Declaratieprotocol Jeugdwet en Wmo 2015 Begeleiding, 3. Declareren > 3.2 Declaratietermijn:\n\n" +
        "De aanbieder declareert binnen acht weken na het einde van de maand waarin de prestatie is geleverd. Voorbeeld: hulp die in maart is geleverd, wordt uiterlijk op 26 mei gedeclareerd.\n" +
        "Declaraties die na deze termijn binnenkomen, worden nog verwerkt tot de jaarafsluiting.",
        "Binnen hoeveel weken moet een aanbieder declareren?",
        [new AnswerSource(AnswerSourceKind.Document, "Declaratieprotocol Jeugdwet en Wmo 2015 Begeleiding", "3. Declareren > 3.2 Declaratietermijn")],
        false, QuestionOutcome.Answered, 44);

    /// <summary>A standard answer of the inkoopteam: its source title is one long word and a few short ones.</summary>
    public static QuestionAnswer Faq { get; } = new(QuestionCategory.Contract, 1, "faq",
        "Nee, uitstapjes vallen binnen het tarief van kortdurend verblijf (44C01).",
        "Mag een logeerhuis een eigen bijdrage vragen voor uitstapjes?",
        [new AnswerSource(AnswerSourceKind.Faq, "Standaardantwoord van het inkoopteam", "ticket #12")], false, QuestionOutcome.Answered, 46);

    public static QuestionAnswer Unsure { get; } = new(QuestionCategory.Contract, 0.9733, "document",
        "Op deze vraag weet ik het antwoord niet zeker, en ik gok liever niet. Misschien helpt Declaratieprotocol Jeugdwet en Wmo 2015 Begeleiding, 1. Inleiding > 1.1 Doel, maar dat weet ik niet zeker. " +
        "Wil je dat ik de vraag doorzet naar het inkoopteam? Zij antwoorden binnen 5 werkdagen.",
        "Mag een aanbieder een pauze in rekening brengen bij een huisbezoek op zondag?",
        [new AnswerSource(AnswerSourceKind.Document, "Declaratieprotocol Jeugdwet en Wmo 2015 Begeleiding", "1. Inleiding > 1.1 Doel")],
        true, QuestionOutcome.Unanswered, 45);

    public static EscalationTicket OpenTicket { get; } = new(12, 45,
        "Mag een aanbieder een pauze in rekening brengen bij een huisbezoek op zondag?", QuestionCategory.Contract, "Heerlen",
        Unsure.Text, "conversation:opaque", EscalationState.Open, new DateTimeOffset(2026, 11, 20, 14, 5, 0, TimeSpan.FromHours(1)));

    /// <summary>Opened on Friday 13 November: six werkdagen before the fixed Monday.</summary>
    public static EscalationTicket OverdueTicket { get; } = OpenTicket with { Id = 9, OpenedAt = new DateTimeOffset(2026, 11, 13, 10, 0, 0, TimeSpan.FromHours(1)), AskerMunicipality = null };

    public static EscalationTicket AnsweredTicket { get; } = OpenTicket with
    {
        State = EscalationState.Answered,
        Answer = "Nee. Een pauze is geen geleverde zorg en wordt niet gedeclareerd, ook niet op zondag.\n- Zie de DVO, artikel 4.2.",
        AnsweredAt = new DateTimeOffset(2026, 11, 23, 9, 12, 0, TimeSpan.FromHours(1)),
        AnsweredByPseudonym = "p-7f3a",
    };

    public static EscalationTicket ClosedTicket { get; } = OpenTicket with { Id = 7, State = EscalationState.Closed, BotAnswer = null };

    public static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
            foreach (var descendant in Descendants(child))
                yield return descendant;
    }

    public static IReadOnlyList<JsonElement> OfType(RenderedCard card, string type) =>
        Descendants(card.Element).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == type).ToList();

    /// <summary>The answer card's sources as (title, section) pairs, read from their container.</summary>
    public static IReadOnlyList<(string Title, string Value)> Sources(RenderedCard card)
    {
        var container = Descendants(card.Element).SingleOrDefault(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var id) && id.GetString() == "sources");
        if (container.ValueKind != JsonValueKind.Object) return [];
        var texts = container.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("text").GetString()!).ToList();
        return texts.Chunk(2).Select(pair => (pair[0], pair[1])).ToList();
    }

    public static IReadOnlyList<string> Texts(RenderedCard card) =>
        OfType(card, "TextBlock").Select(t => t.GetProperty("text").GetString()!).ToList();

    public static string AllText(RenderedCard card) => string.Join("\n", Texts(card));

    /// <summary>Every action on the card, in the action bar or in an ActionSet.</summary>
    public static IReadOnlyList<JsonElement> Actions(RenderedCard card) =>
        Descendants(card.Element).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t)
                                             && t.ValueKind == JsonValueKind.String && t.GetString()!.StartsWith("Action.", StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<string> ActionTitles(RenderedCard card) => Actions(card).Select(a => a.GetProperty("title").GetString()!).ToList();

    public static JsonElement Action(RenderedCard card, string title) => Actions(card).Single(a => a.GetProperty("title").GetString() == title);
}
