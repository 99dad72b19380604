using Microsoft.Extensions.Options;
using TeamBot.Bot.Conversations;
using TeamBot.BotFramework;
using TeamBot.Core.Cards;
using TeamBot.Core.Delivery;
using TeamBot.Core.Digest;

namespace TeamBot.Bot.Digest;

/// <summary>
/// Core's proactive sends through the channel's messenger: the Bot Connector (with its retries, backoff on 429 and
/// 5xx, and Teams' per-conversation and per-tenant pacing) for Teams, the in-memory stream for the local chat.
/// </summary>
public sealed class ConversationProactiveSender(
    ConversationReferences conversations,
    ChannelMessengers messengers,
    DigestRecipients recipients,
    IOptions<BotOptions> botOptions) : IProactiveSender
{
    public async Task<string?> SendAsync(string address, RenderedCard card, string stableId, CancellationToken cancellationToken = default)
    {
        if (await ReferenceAsync(address, cancellationToken) is not { } destination) return null;
        return await SendToAsync(destination, card, stableId, personal: false, cancellationToken);
    }

    public async Task<string?> SendPersonalAsync(string address, RenderedCard card, string stableId, CancellationToken cancellationToken = default)
    {
        if (await conversations.GetAsync(address, cancellationToken) is not { } asked) return null;
        return await SendToAsync(asked, card, stableId, personal: true, cancellationToken);
    }

    public CardActionStyle StyleFor(string address) =>
        ChannelMessengers.ActionStyleFor(address.Split(':', 2)[0]);

    private async Task<string?> SendToAsync(ConversationReference destination, RenderedCard card, string stableId, bool personal, CancellationToken cancellationToken)
    {
        var messenger = messengers.For(destination.ChannelId);
        try
        {
            var target = personal ? await messenger.PersonalConversationAsync(destination, cancellationToken) : destination;
            var activity = new Activity { Type = ActivityTypes.Message, Id = stableId, Attachments = [Attachment.AdaptiveCard(card.Element)] };
            return await messenger.SendAsync(target, activity, cancellationToken);
        }
        catch (BotConnectorException e)
        {
            throw new ProactiveSendException($"The channel refused or failed the send to {destination.Conversation?.Id}: {e.Message}", e, IsPermanent(e));
        }
    }

    /// <summary>A 4xx other than throttling, a conflict in flight or a timeout: the connector already retried what can succeed.</summary>
    private static bool IsPermanent(BotConnectorException e) =>
        e.StatusCode is { } status && (int)status is >= 400 and < 500
        && status is not (System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.PreconditionFailed or System.Net.HttpStatusCode.RequestTimeout);

    /// <summary>The reference the bot saved when it was installed there, else what Digest:Channels says of a configured channel.</summary>
    private async Task<ConversationReference?> ReferenceAsync(string address, CancellationToken cancellationToken)
    {
        if (await conversations.GetAsync(address, cancellationToken) is { } stored) return stored;
        if (recipients.ConfiguredChannel(address) is not { ServiceUrl: { Length: > 0 } serviceUrl } channel || !MayReach(serviceUrl)) return null;
        return new ConversationReference
        {
            ChannelId = channel.ChannelId,
            ServiceUrl = serviceUrl,
            Bot = new ChannelAccount { Id = $"28:{botOptions.Value.AppId}" },
            Conversation = new ConversationAccount { Id = channel.ConversationId, ConversationType = "channel", TenantId = channel.TenantId },
        };
    }

    /// <summary>Local mode writes only to this computer; with an app id only over https (the token travels along).</summary>
    private bool MayReach(string serviceUrl) => botOptions.Value.IsLocalMode
        ? Loopback.IsLoopbackUrl(serviceUrl)
        : Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || Loopback.IsLoopback(uri));
}
