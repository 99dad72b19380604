using TeamBot.Core.Escalations;
using TeamBot.Core.Formatting;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Cards;

/// <summary>
/// Every card the bot sends, in Dutch, from the templates in templates/cards. Buttons carry the verbs in
/// <see cref="CardVerbs"/>; <see cref="CardActionStyle"/> picks Action.Execute (Teams) or Action.Submit (Web Chat).
/// </summary>
public sealed class CardFactory
{
    /// <summary>More sources than this would push the answer out of view; the rest is counted.</summary>
    public const int MaxSources = 8;

    // Short enough for one button each, and answered well from the sample region.
    private static readonly string[] ExampleQuestions =
    [
        "Wie biedt logeeropvang in Heerlen?",
        "Wat kost ambulante jeugdhulp bij Radar?",
        "Wat is de declaratietermijn?",
    ];

    private readonly AdaptiveCardTemplates _templates;
    private readonly RegionCalendar _calendar;

    public CardFactory(AdaptiveCardTemplates templates, RegionCalendar calendar)
    {
        _templates = templates;
        _calendar = calendar;
    }

    /// <summary>
    /// The answer with its sources and buttons: "Nuttig" / "Niet nuttig" (feedback.useful, feedback.notUseful),
    /// "Vraag het inkoopteam" (escalate) and on casuïstiek "Dit is toch een contractvraag" (override); data {logId}.
    /// Pass the stored state after a button was used (<see cref="AnswerCardState.From"/>): the card then says so and
    /// leaves the used buttons out. The card's <see cref="RenderedCard.Key"/> is its question's.
    /// </summary>
    public RenderedCard Answer(QuestionAnswer answer, CardActionStyle style, AnswerCardState? state = null)
    {
        state ??= AnswerCardState.Initial;
        return _templates.Render("answer", new
        {
            Header = new CardHeader(CardLabels.Category(answer.Category)),
            Banner = answer.Category == QuestionCategory.CaseQuestion
                ? new CardNotice("Casuïstiek: hierover beslist de toegang zelf", "warning")
                : null,
            Parts = PartsOf(answer.Text),
            Sources = NullIfEmpty(SourceFacts(answer.Sources)),
            Feedback = NullIfEmpty(FeedbackActions(answer, style, state)),
            Notices = NullIfEmpty(AnswerNotices(state)),
            Actions = NullIfEmpty(NextStepActions(answer, style, state)),
        }) with { Key = answer.LogId is { } logId ? CardKey.Question(logId) : null };
    }

    /// <summary>
    /// The answer as a card to share in a chat ("Vraag TeamBot" from the compose box): text and sources, without
    /// buttons, since those who read it there cannot rate or escalate the asker's question.
    /// </summary>
    public RenderedCard SharedAnswer(QuestionAnswer answer) => _templates.Render("answer", new
    {
        Header = new CardHeader(CardLabels.Category(answer.Category)),
        Banner = answer.Category == QuestionCategory.CaseQuestion ? new CardNotice("Casuïstiek: hierover beslist de toegang zelf", "warning") : null,
        Parts = PartsOf(answer.Text),
        Sources = NullIfEmpty(SourceFacts(answer.Sources)),
        Feedback = (object?)null,
        Notices = IsUnsure(answer) || answer.Escalate
            ? new List<CardNotice> { new("Doorzetten naar het inkoopteam kan in de chat met TeamBot: stel de vraag daar.", "accent") }
            : null,
        Actions = (object?)null,
    });

    /// <summary>What the bot does and does not do, with example questions as buttons that ask them.</summary>
    public RenderedCard Welcome(CardActionStyle style) => _templates.Render("welcome", new
    {
        Header = new CardHeader("Welkom"),
        Examples = ExampleQuestions.Select(q => CardAction.SaysText(style, q, q)).ToList(),
    });

    /// <summary>
    /// The ticket in the inkoopteam channel. Open: an answer box (input "answer"), a toggle "saveAsFaq" and
    /// "Beantwoorden" (ticket.answer, data {ticketId} plus the inputs). Answered: the expert's answer, by whom and when.
    /// </summary>
    /// <param name="answeredBy">The display name of the expert who answered; the ticket itself only holds a pseudonym.</param>
    public RenderedCard EscalationTicket(EscalationTicket ticket, CardActionStyle style, string? answeredBy = null)
    {
        var open = ticket.State == EscalationState.Open;
        var overdue = ticket.IsOverdue(_calendar);
        var (stateText, stateColor) = CardLabels.TicketState(ticket.State, overdue);
        return _templates.Render("ticket", new
        {
            Header = new CardHeader("Escalatie"),
            Title = $"Ticket #{ticket.Id}",
            State = new { Text = stateText, Color = stateColor },
            Facts = TicketFacts(ticket),
            Question = PartsOf(ticket.RedactedQuestion),
            BotAnswer = string.IsNullOrWhiteSpace(ticket.BotAnswer) ? null : PartsOf(ticket.BotAnswer),
            Overdue = overdue ? new CardNotice($"Deze vraag staat langer dan {Escalations.EscalationTicket.ResponseWorkingDays} werkdagen open.", "attention") : null,
            ExpertAnswer = string.IsNullOrWhiteSpace(ticket.Answer) ? null : PartsOf(ticket.Answer),
            AnsweredLine = AnsweredLine(ticket, answeredBy),
            ClosedLine = ticket.State == EscalationState.Closed && ticket.Answer is null ? "Gesloten zonder antwoord." : null,
            Form = open,
            Actions = TicketActions(ticket, style),
        }) with { Key = CardKey.Ticket(ticket.Id) };
    }

    /// <summary>Open: "Beantwoorden"; answered: "Sluiten" (ticket.close) ends its life cycle; closed: none.</summary>
    private static List<CardAction>? TicketActions(EscalationTicket ticket, CardActionStyle style) => ticket.State switch
    {
        EscalationState.Open => [CardAction.ForVerb(style, "Beantwoorden", CardVerbs.TicketAnswer, TicketData(ticket), "positive")],
        EscalationState.Answered => [CardAction.ForVerb(style, "Sluiten", CardVerbs.TicketClose, TicketData(ticket))],
        _ => null,
    };

    /// <summary>The expert's answer, sent 1:1 to the asker, under their own (redacted) question.</summary>
    public RenderedCard ExpertAnswer(long ticketId, string redactedQuestion, string answer) => _templates.Render("expert-answer", new
    {
        Header = new CardHeader("Inkoopteam"),
        Title = "Antwoord van het inkoopteam op je vraag",
        Question = PartsOf(redactedQuestion),
        Answer = PartsOf(answer),
        Footer = $"Ticket #{ticketId}",
    });

    /// <summary>For someone outside the inkoopteam who tried to answer a ticket: nothing was changed.</summary>
    public RenderedCard Refusal() => Message("Escalatie", "Alleen het inkoopteam kan dit beantwoorden",
        "Je antwoord is niet opgeslagen: alleen leden van het inkoopteam kunnen escalaties beantwoorden. " +
        "Hoort dit wel bij je werk? Vraag dan de beheerder van TeamBot om je aan het inkoopteam toe te voegen.", "warning");

    /// <summary>A plain message: a title and a text ("\n" line breaks and "- " bullets allowed).</summary>
    public RenderedCard Info(string title, string text) => Message("Bericht", title, text, "default");

    private RenderedCard Message(string subtitle, string title, string text, string style) => _templates.Render("message", new
    {
        Header = new CardHeader(subtitle),
        Title = title,
        Parts = PartsOf(text),
        Style = style,
    });

    /// <summary>"Nuttig" / "Niet nuttig", in a row of their own so the next steps below keep their full titles.</summary>
    private static List<CardAction> FeedbackActions(QuestionAnswer answer, CardActionStyle style, AnswerCardState state)
    {
        if (answer.LogId is not { } logId || !IsRateable(answer) || state.Feedback is not null) return [];
        var data = QuestionData(logId, answer.ActionToken);
        return
        [
            CardAction.ForVerb(style, "Nuttig", CardVerbs.FeedbackUseful, data),
            CardAction.ForVerb(style, "Niet nuttig", CardVerbs.FeedbackNotUseful, data),
        ];
    }

    /// <summary>"Vraag het inkoopteam" and, on casuïstiek, "Dit is toch een contractvraag"; gone once the question has a ticket.</summary>
    private static List<CardAction> NextStepActions(QuestionAnswer answer, CardActionStyle style, AnswerCardState state)
    {
        if (answer.LogId is not { } logId || answer.Outcome == QuestionOutcome.Refused || state.Ticket is not null) return [];
        var data = QuestionData(logId, answer.ActionToken);
        var unsure = IsUnsure(answer);
        var actions = new List<CardAction>();
        // Greetings, thanks and help are nothing to send to the inkoopteam.
        if (answer.Category != QuestionCategory.Other || unsure)
            actions.Add(CardAction.ForVerb(style, "Vraag het inkoopteam", CardVerbs.Escalate, data, unsure || state.OverriddenAsContract ? "positive" : null));
        if (answer.Category == QuestionCategory.CaseQuestion && !state.OverriddenAsContract)
            actions.Add(CardAction.ForVerb(style, "Dit is toch een contractvraag", CardVerbs.Override, data));
        return actions;
    }

    /// <summary>An answer worth rating: a real answer or redirect, not "I don't know" and not small talk.</summary>
    private static bool IsRateable(QuestionAnswer answer) => SubstantiveAnswer.Is(answer.Category, answer.Outcome, answer.Escalate);

    private static bool IsUnsure(QuestionAnswer answer) =>
        answer.Escalate || answer.Outcome is QuestionOutcome.Unanswered or QuestionOutcome.Escalated;

    private static List<CardNotice> AnswerNotices(AnswerCardState state)
    {
        var notices = new List<CardNotice>();
        if (state.OverriddenAsContract)
            notices.Add(new CardNotice("Genoteerd: dit is toch een contractvraag. Je vraag is als contractvraag beantwoord.", "accent"));
        if (state.Feedback is AnswerFeedback.Useful or AnswerFeedback.NotUseful)
            notices.Add(new CardNotice(state.Feedback == AnswerFeedback.Useful ? "Bedankt voor je feedback!" : "Bedankt voor je feedback. Daar leren we van.", "good"));
        if (state.Ticket is { } ticket)
            notices.Add(new CardNotice(TicketNotice(ticket), "good"));
        return notices;
    }

    /// <summary>Where the question's ticket stands, truthfully: only an open ticket is "doorgezet", only a delivered answer "staat hier".</summary>
    private static string TicketNotice(TicketProgress ticket) => ticket switch
    {
        { State: EscalationState.Open } =>
            $"Doorgezet naar het inkoopteam (ticket #{ticket.Id}). Je krijgt het antwoord hier in de chat, binnen {Escalations.EscalationTicket.ResponseWorkingDays} werkdagen.",
        { HasAnswer: true, AnswerDelivered: true } => $"Het inkoopteam heeft deze vraag al beantwoord (ticket #{ticket.Id}): het antwoord staat hier in de chat.",
        { HasAnswer: true } => $"Het inkoopteam heeft deze vraag al beantwoord (ticket #{ticket.Id}): je krijgt het antwoord hier in de chat.",
        _ => $"Het inkoopteam heeft ticket #{ticket.Id} gesloten zonder antwoord.",
    };

    private static List<CardFact> SourceFacts(IReadOnlyList<AnswerSource> sources)
    {
        var facts = sources
            .Select(s => new CardFact(s.Title, string.IsNullOrWhiteSpace(s.Section) ? CardLabels.SourceKind(s.Kind) : s.Section))
            .Distinct()
            .ToList();
        if (facts.Count <= MaxSources) return facts;
        return [.. facts.Take(MaxSources - 1), new CardFact("…", "en nog " + DutchFormat.Count(facts.Count - (MaxSources - 1), "bron", "bronnen"))];
    }

    private List<CardFact> TicketFacts(EscalationTicket ticket) =>
    [
        new("Gemeente", string.IsNullOrWhiteSpace(ticket.AskerMunicipality) ? "onbekend" : ticket.AskerMunicipality),
        new("Categorie", CardLabels.Category(ticket.Category)),
        new("Gesteld op", CardLabels.DateTime(_calendar.ToRegion(ticket.OpenedAt))),
    ];

    private string? AnsweredLine(EscalationTicket ticket, string? answeredBy)
    {
        if (ticket.Answer is null) return null;
        var who = string.IsNullOrWhiteSpace(answeredBy) ? "het inkoopteam" : answeredBy.Trim();
        return ticket.AnsweredAt is { } at ? $"Beantwoord door {who} op {CardLabels.DateTime(_calendar.ToRegion(at))}" : $"Beantwoord door {who}";
    }

    private static IReadOnlyList<CardTextPart> PartsOf(string? text) =>
        CardText.Parts(text) is { Count: > 0 } parts ? parts : [new CardTextPart("(geen tekst)", IsBullet: false, "small")];

    private static Dictionary<string, object?> TicketData(EscalationTicket ticket) =>
        new() { [CardVerbs.TicketIdKey] = ticket.Id, [CardVerbs.ReferenceKey] = ticket.ActionToken };

    private static Dictionary<string, object?> QuestionData(long logId, string? reference) =>
        new() { [CardVerbs.LogIdKey] = logId, [CardVerbs.ReferenceKey] = reference };

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count == 0 ? null : items;

}
