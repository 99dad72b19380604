using System.Text.Json;
using TeamBot.Bot.ComposeSearch;
using TeamBot.Bot.Digest;
using TeamBot.BotFramework;
using TeamBot.Core.Alerts;
using TeamBot.Core.Cards;
using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// Turns incoming activities into work: questions into answer cards, installs into a welcome, card buttons into
/// feedback and escalations. The same for every channel; only the <see cref="IChannelMessenger"/> differs.
/// </summary>
public sealed class ActivityRouter(
    QuestionService questions,
    CardFactory cards,
    CardActionHandler cardActions,
    ConversationReferences conversations,
    DigestChatCommands digestCommands,
    IAlertRecipientStore alertRecipients,
    IQuestionLog log,
    OutgoingReplies replies,
    AskerMunicipalities municipalities,
    ComposeExtensionHandler composeExtension,
    ILogger<ActivityRouter> logger)
{
    public const string CardActionInvokeName = "adaptiveCard/action";
    private static readonly string[] HelpCommands = ["help", "hulp", "?", "wat kun je", "wat kun je?"];

    /// <returns>The invoke response for an invoke activity; null for everything that only needs 200.</returns>
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await OnInstallAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == CardActionInvokeName:
                return (await cardActions.HandleInvokeAsync(activity, cancellationToken)).ToInvokeResponse();
            case ActivityTypes.Invoke when ComposeExtensionHandler.Handles(activity.Name):
                return await composeExtension.HandleAsync(activity, cancellationToken);
            default:
                logger.IgnoredActivity(activity.Type);
                return null;
        }
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var address = await conversations.SaveAsync(activity.GetConversationReference(), cancellationToken);
        if (activity.Value is { } submitted && CardActionRequest.From(null, submitted) is { } action)
        {
            await cardActions.HandleSubmitAsync(activity, action, address, cancellationToken);
            return;
        }
        var text = activity.RemoveMentionText() ?? "";
        var card = IsHelp(text)
            ? cards.Welcome(ChannelMessengers.ActionStyleFor(activity.ChannelId))
            : await digestCommands.TryHandleAsync(activity, text, address, AskerMunicipality(activity), cancellationToken)
              ?? await AnswerAsync(activity, text, address, cancellationToken);
        await ReplyAsync(activity, card, cancellationToken);
    }

    private async Task<RenderedCard> AnswerAsync(Activity activity, string text, string address, CancellationToken cancellationToken)
    {
        var municipality = AskerMunicipality(activity);
        var request = new QuestionRequest(text, Askers.IdOf(activity), municipality, activity.ChannelId ?? "onbekend");
        var answer = await questions.AskAsync(request, cancellationToken);
        // So a change to a contract this question was about can reach its asker later, 1:1, under the log's pseudonym.
        if (request.AskerId is { } asker)
        {
            var pseudonym = await log.PseudonymAsync(asker, cancellationToken);
            await alertRecipients.RememberAsync(pseudonym, await conversations.SaveSenderAsync(activity, address, pseudonym, cancellationToken), municipality, cancellationToken);
        }
        return cards.Answer(answer, ChannelMessengers.ActionStyleFor(activity.ChannelId));
    }

    private async Task OnInstallAsync(Activity activity, CancellationToken cancellationToken)
    {
        await conversations.SaveAsync(activity.GetConversationReference(), cancellationToken);
        if (!IsBotAdded(activity)) return;
        await ReplyAsync(activity, cards.Welcome(ChannelMessengers.ActionStyleFor(activity.ChannelId)), cancellationToken);
    }

    /// <summary>A welcome only when the bot itself joins (installationUpdate add, or the bot among membersAdded).</summary>
    private static bool IsBotAdded(Activity activity)
    {
        if (activity.Type == ActivityTypes.InstallationUpdate)
            return !(activity.Properties?.TryGetValue("action", out var action) == true && action.ValueKind == JsonValueKind.String && action.GetString()!.StartsWith("remove", StringComparison.Ordinal));
        return activity.Properties?.TryGetValue("membersAdded", out var added) == true
               && added.ValueKind == JsonValueKind.Array
               && added.EnumerateArray().Any(m => m.TryGetProperty("id", out var id) && id.GetString() == activity.Recipient?.Id);
    }

    /// <summary>Queued: the request is answered at once, the reply follows within Teams' rate limits.</summary>
    private ValueTask ReplyAsync(Activity activity, RenderedCard card, CancellationToken cancellationToken)
    {
        var reply = activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card.Element)];
        return replies.EnqueueAsync(activity.GetConversationReference(), reply, card.Key, cancellationToken);
    }

    private static bool IsHelp(string text) => HelpCommands.Contains(text.Trim().ToLowerInvariant());

    private string? AskerMunicipality(Activity activity) => municipalities.Of(activity);
}
