using System.Text.Json;
using TeamBot.BotFramework;
using TeamBot.Core.Cards;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// What card buttons do: feedback, "dit is toch een contractvraag" (answered again as a contract question), escalation
/// to the inkoopteam channel and the expert's answer. The refreshed card replaces the pressed one: in Teams as the
/// invoke response, in Web Chat in place of the message it was on (<see cref="CardMessages"/>). A refreshed answer
/// card is built from what is stored (<see cref="AnswerCardState.From"/>), so no used button comes back.
/// </summary>
public sealed class CardActionHandler(
    CardFactory cards,
    CardMessages cardMessages,
    QuestionService questions,
    IQuestionLog log,
    IEscalationStore tickets,
    EscalationWorkflow escalations,
    ConversationReferences conversations,
    StandardAnswers standardAnswers,
    InkoopteamMembership inkoopteam)
{
    public async Task<AdaptiveCardInvokeResponse> HandleInvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        var action = activity.Value is { } value && value.TryGetProperty("action", out var a) ? a : default;
        var verb = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("verb", out var v) ? v.GetString() : null;
        var data = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var d) ? d : default;
        if (CardActionRequest.From(verb, data) is not { } request)
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Onbekende kaartactie.");
        var address = await conversations.SaveAsync(activity.GetConversationReference(), cancellationToken);
        var result = await HandleAsync(activity, request, address, cancellationToken);
        return result.Card is { } card ? AdaptiveCardInvokeResponse.Card(card.Element) : AdaptiveCardInvokeResponse.Message(result.Message!);
    }

    /// <summary>A refreshed card takes the pressed card's place; a message (a refusal) comes below and leaves the card as it was.</summary>
    public async Task HandleSubmitAsync(Activity activity, CardActionRequest request, string address, CancellationToken cancellationToken)
    {
        var result = await HandleAsync(activity, request, address, cancellationToken);
        var destination = activity.GetConversationReference();
        if (result.Card is { } card && CardKey.Of(request) is { } pressed)
            await cardMessages.ReplaceAsync(destination, pressed, card, activity.CreateReply(), cancellationToken);
        else
            await cardMessages.SendAsync(destination, result.Card ?? cards.Info("TeamBot", result.Message!), activity.CreateReply(), cancellationToken);
    }

    private Task<CardActionResult> HandleAsync(Activity activity, CardActionRequest request, string address, CancellationToken cancellationToken) =>
        request.Verb switch
        {
            CardVerbs.FeedbackUseful => FeedbackAsync(activity, request, AnswerFeedback.Useful, cancellationToken),
            CardVerbs.FeedbackNotUseful => FeedbackAsync(activity, request, AnswerFeedback.NotUseful, cancellationToken),
            CardVerbs.Escalate => EscalateAsync(activity, request, address, cancellationToken),
            CardVerbs.Override => OverrideAsync(activity, request, cancellationToken),
            CardVerbs.TicketAnswer => AnswerTicketAsync(activity, request, cancellationToken),
            CardVerbs.TicketClose => CloseTicketAsync(activity, request, cancellationToken),
            CardVerbs.FaqWrite => WriteStandardAnswerAsync(activity, request, cancellationToken),
            _ => Task.FromResult(CardActionResult.Text("Deze knop ken ik niet.")),
        };

    private async Task<CardActionResult> FeedbackAsync(Activity activity, CardActionRequest request, AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        if (await AskersEntryAsync(activity, request, cancellationToken) is not { } entry) return await RefusalAsync(request, cancellationToken);
        // The first verdict counts; a second press (or "Dit is toch een contractvraag" before it) keeps it.
        if (entry.Feedback is null)
        {
            await log.SetFeedbackAsync(entry.Id, feedback, cancellationToken);
            entry = entry with { Feedback = feedback };
        }
        return await AnswerCardAsync(activity, entry, cancellationToken);
    }

    /// <summary>"Vraag het inkoopteam": a ticket once, and a second press shows that same ticket as it stands.</summary>
    private async Task<CardActionResult> EscalateAsync(Activity activity, CardActionRequest request, string address, CancellationToken cancellationToken)
    {
        if (await AskersEntryAsync(activity, request, cancellationToken) is not { } entry) return await RefusalAsync(request, cancellationToken);
        // The expert's answer goes 1:1 to the presser, who is the asker (checked above).
        var askerAddress = await conversations.SaveSenderAsync(activity, address, entry.AskerPseudonym!, cancellationToken);
        if (await escalations.OpenAsync(entry, askerAddress, cancellationToken) is null) return CardActionResult.Text(NotInLog);
        return await AnswerCardAsync(activity, entry, cancellationToken);
    }

    /// <summary>
    /// "Dit is toch een contractvraag": the question is answered again as a contract question, through the same
    /// question service, and that answer replaces the card. Pressed again, it shows that same answer.
    /// </summary>
    private async Task<CardActionResult> OverrideAsync(Activity activity, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (await AskersEntryAsync(activity, request, cancellationToken) is not { } entry) return await RefusalAsync(request, cancellationToken);
        var contractAnswer = await log.FindOverrideAsync(entry.Id, cancellationToken) ?? await AnswerAsContractAsync(activity, entry, cancellationToken);
        return contractAnswer is null ? CardActionResult.Text(NotInLog) : await AnswerCardAsync(activity, contractAnswer, cancellationToken);
    }

    private async Task<QuestionLogEntry?> AnswerAsContractAsync(Activity activity, QuestionLogEntry entry, CancellationToken cancellationToken)
    {
        await log.SetFeedbackAsync(entry.Id, AnswerFeedback.Override, cancellationToken);
        var request = new QuestionRequest(entry.RedactedText, Askers.IdOf(activity), entry.AskerMunicipality, activity.ChannelId ?? "onbekend", QuestionCategory.Contract);
        if ((await questions.AskAsync(request, cancellationToken)).LogId is not { } answerId) return null;
        await log.LinkOverrideAsync(entry.Id, answerId, cancellationToken);
        return await log.GetAsync(answerId, cancellationToken);
    }

    /// <summary>The answer card as it stands: the entry's feedback and its ticket, or the ticket of the question it answers again.</summary>
    private async Task<CardActionResult> AnswerCardAsync(Activity activity, QuestionLogEntry entry, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindByQuestionAsync(entry.Id, cancellationToken)
                     ?? (entry.OverrideOf is { } original ? await tickets.FindByQuestionAsync(original, cancellationToken) : null);
        return CardActionResult.Of(cards.Answer(QuestionAnswer.FromLog(entry), StyleOf(activity), AnswerCardState.From(entry, ticket)));
    }

    private async Task<CardActionResult> AnswerTicketAsync(Activity activity, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (!inkoopteam.Includes(activity))
            return CardActionResult.Text("Alleen leden van het inkoopteam kunnen escalaties beantwoorden. Er is niets gewijzigd.");
        if (await TicketIdAsync(request, cancellationToken) is not { } ticketId) return CardActionResult.Text("Dit ticket ken ik niet.");
        var (outcome, ticket, _) = await escalations.AnswerAsync(ticketId, request.Answer, request.SaveAsFaq, activity.From!.AadObjectId ?? activity.From.Id!, cancellationToken);
        return outcome switch
        {
            TicketAnswerOutcome.NotFound => CardActionResult.Text("Dit ticket ken ik niet."),
            TicketAnswerOutcome.EmptyAnswer => CardActionResult.Text("Vul eerst een antwoord in."),
            _ => CardActionResult.Of(cards.EscalationTicket(ticket!, StyleOf(activity), answeredBy: outcome == TicketAnswerOutcome.Answered ? activity.From.Name : null)),
        };
    }

    private async Task<CardActionResult> CloseTicketAsync(Activity activity, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (!inkoopteam.Includes(activity))
            return CardActionResult.Text("Alleen leden van het inkoopteam kunnen escalaties sluiten. Er is niets gewijzigd.");
        if (await TicketIdAsync(request, cancellationToken) is not { } ticketId || await escalations.CloseAsync(ticketId, cancellationToken) is not { } closed)
            return CardActionResult.Text("Dit ticket is (nog) niet beantwoord of bestaat niet.");
        return CardActionResult.Of(cards.EscalationTicket(closed, StyleOf(activity)));
    }

    /// <summary>The digest's "Schrijf standaardantwoord": an inkoopteam member answers a question the bot could not.</summary>
    private async Task<CardActionResult> WriteStandardAnswerAsync(Activity activity, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (!inkoopteam.Includes(activity))
            return CardActionResult.Text("Alleen leden van het inkoopteam kunnen standaardantwoorden schrijven. Er is niets opgeslagen.");
        if (await LoggedAsync(request, cancellationToken) is not { } entry) return CardActionResult.Text(NotInLog);
        return await standardAnswers.WriteAsync(entry, request.Answer, cancellationToken) switch
        {
            StandardAnswerOutcome.Saved => CardActionResult.Text($"Opgeslagen als standaardantwoord. Wie voortaan \"{entry.RedactedText}\" vraagt, krijgt dit antwoord meteen."),
            StandardAnswerOutcome.EmptyAnswer => CardActionResult.Text("Vul eerst een antwoord in. Er is niets opgeslagen."),
            StandardAnswerOutcome.TooLong => CardActionResult.Text($"Dit antwoord is langer dan {StandardAnswers.MaxAnswerLength} tekens. Maak het korter; er is niets opgeslagen."),
            _ => CardActionResult.Text("Standaardantwoorden zijn alleen voor contractvragen; dit was geen contractvraag. Er is niets opgeslagen."),
        };
    }

    /// <summary>The logged question, only when the button also carries its unguessable reference.</summary>
    private async Task<QuestionLogEntry?> LoggedAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        request.LogId is { } id && await log.GetAsync(id, cancellationToken) is { } entry && CardReference.Matches(entry.ActionToken, request.Reference)
            ? entry
            : null;

    /// <summary>The logged question when the presser asked it; feedback, escalation and the override are the asker's own.</summary>
    private async Task<QuestionLogEntry?> AskersEntryAsync(Activity activity, CardActionRequest request, CancellationToken cancellationToken) =>
        await LoggedAsync(request, cancellationToken) is { } entry && await IsAskerAsync(activity, entry, cancellationToken) ? entry : null;

    private async Task<CardActionResult> RefusalAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        CardActionResult.Text(await LoggedAsync(request, cancellationToken) is null ? NotInLog : NotTheAsker);

    /// <summary>The ticket's id, only when the button also carries the ticket's unguessable reference.</summary>
    private async Task<long?> TicketIdAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        request.TicketId is { } id && await tickets.GetAsync(id, cancellationToken) is { } ticket && CardReference.Matches(ticket.ActionToken, request.Reference)
            ? id
            : null;

    /// <summary>Feedback, escalation and "toch een contractvraag" are the asker's own: the presser's pseudonym must match.</summary>
    private async Task<bool> IsAskerAsync(Activity activity, QuestionLogEntry entry, CancellationToken cancellationToken) =>
        entry.AskerPseudonym is { } asker && Askers.IdOf(activity) is { } presser
        && string.Equals(await log.PseudonymAsync(presser, cancellationToken), asker, StringComparison.Ordinal);

    private static CardActionStyle StyleOf(Activity activity) => ChannelMessengers.ActionStyleFor(activity.ChannelId);

    private const string NotInLog = "Deze vraag staat niet (meer) in het logboek; stel hem gerust opnieuw.";

    private const string NotTheAsker = "Alleen wie de vraag stelde kan deze knop gebruiken. Er is niets gewijzigd.";
}
