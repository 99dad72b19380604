namespace TeamBot.BotFramework;

/// <summary>
/// The Bot Connector REST calls TeamBot makes. Each activity is sent to its own serviceUrl and conversation.
/// Sends get a stable activity id before the first attempt (activity.Id if set, else a new GUID, written back to
/// the activity); a second call with the same id returns the first response without posting again.
/// </summary>
public interface IConnectorClient
{
    /// <summary>POST {serviceUrl}/v3/conversations/{conversation.id}/activities/{replyToId}.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>POST {serviceUrl}/v3/conversations/{conversation.id}/activities.</summary>
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>PUT {serviceUrl}/v3/conversations/{conversation.id}/activities/{id}: replaces a sent activity (a card) in place.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>POST {serviceUrl}/v3/conversations: a 1:1 chat or a new channel thread, with an optional first activity.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);
}
