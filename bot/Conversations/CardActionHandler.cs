using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamBot.BotFramework;
using TeamBot.Core.Cards;
using TeamBot.Core.Escalations;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// What card buttons do: feedback, "dit is toch een contractvraag", escalation to the inkoopteam channel and the
/// expert's answer. Teams' invokes get a refreshed card as the invoke response; Web Chat's submits get it as a new message.
/// </summary>
public sealed class CardActionHandler(
    CardFactory cards,
    IQuestionLog log,
    IEscalationStore tickets,
    EscalationWorkflow escalations,
    ConversationReferences conversations,
    ChannelMessengers messengers,
    IOptions<BotOptions> botOptions)
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

    public async Task HandleSubmitAsync(Activity activity, CardActionRequest request, string address, CancellationToken cancellationToken)
    {
        var result = await HandleAsync(activity, request, address, cancellationToken);
        var reply = activity.CreateReply();
        var card = result.Card ?? cards.Info("TeamBot", result.Message!);
        reply.Attachments = [Attachment.AdaptiveCard(card.Element)];
        await messengers.For(activity.ChannelId).SendAsync(activity.GetConversationReference(), reply, cancellationToken);
    }

    private Task<CardActionResult> HandleAsync(Activity activity, CardActionRequest request, string address, CancellationToken cancellationToken) =>
        request.Verb switch
        {
            CardVerbs.FeedbackUseful => FeedbackAsync(activity, request, AnswerFeedback.Useful, cancellationToken),
            CardVerbs.FeedbackNotUseful => FeedbackAsync(activity, request, AnswerFeedback.NotUseful, cancellationToken),
            CardVerbs.Escalate => EscalateAsync(activity, request, address, overridden: false, cancellationToken),
            CardVerbs.Override => EscalateAsync(activity, request, address, overridden: true, cancellationToken),
            CardVerbs.TicketAnswer => AnswerTicketAsync(activity, request, cancellationToken),
            CardVerbs.TicketClose => CloseTicketAsync(activity, request, cancellationToken),
            _ => Task.FromResult(CardActionResult.Text("Deze knop ken ik niet.")),
        };

    private async Task<CardActionResult> FeedbackAsync(Activity activity, CardActionRequest request, AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        if (await LoggedAsync(request, cancellationToken) is not { } entry) return CardActionResult.Text(NotInLog);
        if (!await IsAskerAsync(activity, entry, cancellationToken)) return CardActionResult.Text(NotTheAsker);
        await log.SetFeedbackAsync(entry.Id, feedback, cancellationToken);
        return CardActionResult.Of(cards.Answer(QuestionAnswer.FromLog(entry), StyleOf(activity), new AnswerCardState(Feedback: feedback)));
    }

    /// <summary>"Vraag het inkoopteam", and the asker's "dit is toch een contractvraag", which is logged and handed to a person.</summary>
    private async Task<CardActionResult> EscalateAsync(Activity activity, CardActionRequest request, string address, bool overridden, CancellationToken cancellationToken)
    {
        if (await LoggedAsync(request, cancellationToken) is not { } entry) return CardActionResult.Text(NotInLog);
        if (!await IsAskerAsync(activity, entry, cancellationToken)) return CardActionResult.Text(NotTheAsker);
        var ticket = await escalations.OpenAsync(entry, address, overridden, cancellationToken);
        if (ticket is null) return CardActionResult.Text(NotInLog);
        var state = new AnswerCardState(OverriddenAsContract: overridden, EscalationTicketId: ticket.Id);
        return CardActionResult.Of(cards.Answer(QuestionAnswer.FromLog(entry), StyleOf(activity), state));
    }

    private async Task<CardActionResult> AnswerTicketAsync(Activity activity, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (!IsInkoopteamMember(activity))
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

    /// <summary>A configured member, or the local chat page's user acting as the inkoopteam (never a Teams activity).</summary>
    private async Task<CardActionResult> CloseTicketAsync(Activity activity, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (!IsInkoopteamMember(activity))
            return CardActionResult.Text("Alleen leden van het inkoopteam kunnen escalaties sluiten. Er is niets gewijzigd.");
        if (await TicketIdAsync(request, cancellationToken) is not { } ticketId || await escalations.CloseAsync(ticketId, cancellationToken) is not { } closed)
            return CardActionResult.Text("Dit ticket is (nog) niet beantwoord of bestaat niet.");
        return CardActionResult.Of(cards.EscalationTicket(closed, StyleOf(activity)));
    }

    private bool IsInkoopteamMember(Activity activity) =>
        LocalIdentities.Of(activity)?.IsInkoopteamMember == true
        || (activity.From?.AadObjectId is { } id && botOptions.Value.InkoopteamMembers.Contains(id, StringComparer.OrdinalIgnoreCase));

    /// <summary>The logged question, only when the button also carries its unguessable reference.</summary>
    private async Task<QuestionLogEntry?> LoggedAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        request.LogId is { } id && await log.GetAsync(id, cancellationToken) is { } entry && CardReference.Matches(entry.ActionToken, request.Reference)
            ? entry
            : null;

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
