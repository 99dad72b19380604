using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamBot.Bot.Conversations;
using TeamBot.BotFramework;
using TeamBot.Core.Questions;

namespace TeamBot.Bot.DirectLine;

/// <summary>
/// Between Web Chat and the bot: what the page posts is echoed on the conversation's stream (Web Chat shows a message as
/// sent only when it comes back) and handed to the same <see cref="ActivityRouter"/> as Teams' activities.
/// </summary>
public sealed class DirectLineBridge(
    ActivityRouter router,
    DirectLineConversations conversations,
    AwaitingAnswerDelivery awaitingAnswers,
    IOptions<DirectLineOptions> options,
    IRegionKnowledgeProvider knowledge,
    TimeProvider clock,
    ILogger<DirectLineBridge> logger)
{
    /// <summary>Tells the bot that it and the user joined, as a channel does, so the welcome card appears.</summary>
    public async Task StartAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        var user = LocalUsers.Account(new LocalIdentity(null, IsInkoopteamMember: false));
        var bot = DirectLineChannel.Bot();
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Timestamp = clock.GetUtcNow(),
            Properties = new() { ["membersAdded"] = JsonSerializer.SerializeToElement(new[] { bot, user }, BotJson.Options) },
        };
        Address(update, conversation, serviceUrl, user);
        await RouteAsync(update, conversation, cancellationToken);
        // Open to this computer only, the page's user is the one who asked before the old conversation was lost.
        if (!options.Value.AllowRemote) await awaitingAnswers.DeliverToLocalChatAsync(update.GetConversationReference(), cancellationToken);
    }

    /// <returns>The id the posted activity got.</returns>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity posted, string serviceUrl, CancellationToken cancellationToken)
    {
        var identity = LocalUsers.FromChannelData(posted.ChannelData, (await knowledge.GetAsync(cancellationToken)).Guide);
        Address(posted, conversation, serviceUrl, LocalUsers.Account(identity));
        var id = conversations.Append(conversation, posted);
        // Only messages reach the bot; a client must not stage installs or invokes.
        if (posted.Type != ActivityTypes.Message) return id;
        LocalIdentities.Attach(posted, identity);
        await RouteAsync(posted, conversation, cancellationToken);
        return id;
    }

    /// <summary>The fields the channel owns, whatever the client sent.</summary>
    private static void Address(Activity activity, DirectLineConversation conversation, string serviceUrl, ChannelAccount user)
    {
        activity.ChannelId = DirectLineChannel.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.Id, ConversationType = "personal" };
        activity.From = user;
        activity.Recipient = DirectLineChannel.Bot();
    }

    /// <summary>A failure is said in the chat, not as an HTTP error: the user's message did arrive.</summary>
    private async Task RouteAsync(Activity activity, DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        try
        {
            await router.HandleAsync(activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.BotFailed(e, activity.Type);
            var apology = activity.CreateReply("Sorry, daar ging iets mis aan mijn kant. Probeer het nog eens.");
            conversations.Append(conversation, apology);
        }
    }
}
