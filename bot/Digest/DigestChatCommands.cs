using Microsoft.Extensions.Options;
using TeamBot.Bot.Conversations;
using TeamBot.BotFramework;
using TeamBot.Core.Alerts;
using TeamBot.Core.Cards;
using TeamBot.Core.Digest;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Bot.Digest;

/// <summary>
/// "digest aan [inkoopteam|toegangen]", "digest uit", "digest nu" and "meldingen uit/aan" typed to the bot. The
/// audience of "digest aan" without one is the team's (Digest:TeamAudiences), the inkoopteam's own channel
/// (Bot:InkoopteamChannel), or the toegangen.
/// </summary>
public sealed class DigestChatCommands(
    DigestSubscriptions subscriptions,
    DigestSchedule schedule,
    DigestBuilder builder,
    DigestCards digestCards,
    CardFactory cards,
    IAlertRecipientStore alertRecipients,
    ConversationReferences conversations,
    IQuestionLog log,
    InkoopteamMembership inkoopteam,
    IOptions<DigestOptions> digestOptions,
    IOptions<BotOptions> botOptions,
    TimeProvider clock)
{
    /// <returns>The reply card, or null when the text is no digest command (then it is a question).</returns>
    public async Task<RenderedCard?> TryHandleAsync(Activity activity, string text, string address, string? municipality, CancellationToken cancellationToken)
    {
        if (DigestCommand.Parse(text) is not { } command) return null;
        address = await ChannelAddressAsync(activity, address, cancellationToken);
        return command.Kind switch
        {
            DigestCommandKind.Subscribe => await SubscribeAsync(activity, command, address, municipality, cancellationToken),
            DigestCommandKind.Unsubscribe => Reply("Weekoverzicht", await subscriptions.UnsubscribeAsync(address, inkoopteam.Includes(activity), cancellationToken)),
            DigestCommandKind.Preview => await PreviewAsync(activity, command, address, municipality, cancellationToken),
            DigestCommandKind.Usage => cards.Info("Weekoverzicht en meldingen", DigestCommand.UsageText),
            _ => await AlertsAsync(activity, address, command.Kind == DigestCommandKind.AlertsOff, cancellationToken),
        };
    }

    /// <summary>
    /// A Teams channel message's conversation is its thread ("19:…@thread.tacv2;messageid=…"): the digest is the
    /// channel's, a new post each week, so the channel itself is subscribed, reachable under its own address.
    /// </summary>
    private async Task<string> ChannelAddressAsync(Activity activity, string address, CancellationToken cancellationToken)
    {
        if (activity.GetConversationReference() is not { Conversation: { ConversationType: "channel", Id: { } id } } reference
            || id.IndexOf(ThreadMarker, StringComparison.Ordinal) is not (> 0 and var at)) return address;
        reference.Conversation.Id = id[..at];
        var channel = ConversationAddress.Of(reference);
        await conversations.MoveAsync(channel, reference, cancellationToken);
        return channel;
    }

    private const string ThreadMarker = ";messageid=";

    private async Task<RenderedCard> SubscribeAsync(Activity activity, DigestCommand command, string address, string? municipality, CancellationToken cancellationToken)
    {
        var pseudonym = Askers.IdOf(activity) is { } id ? await log.PseudonymAsync(id, cancellationToken) : null;
        var reply = await subscriptions.SubscribeAsync(address, command.Audience ?? DefaultAudience(activity), inkoopteam.Includes(activity), municipality, pseudonym, cancellationToken);
        return Reply("Weekoverzicht", reply);
    }

    /// <summary>The digest this conversation gets (or would get) for the week "digest nu" is about, sent here only.</summary>
    private async Task<RenderedCard> PreviewAsync(Activity activity, DigestCommand command, string address, string? municipality, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.CurrentAsync(address, cancellationToken);
        var audience = command.Audience ?? subscription?.Audience ?? DefaultAudience(activity);
        if (audience == DigestAudience.Inkoopteam && !inkoopteam.Includes(activity))
            return cards.Info("Weekoverzicht", "Het weekoverzicht van het inkoopteam is alleen voor leden van het inkoopteam. Typ \"digest nu toegangen\" voor dat van de toegangen.");
        var digest = await builder.BuildAsync(schedule.ReportedWeek(clock.GetUtcNow()), audience, subscription?.Municipality ?? municipality, cancellationToken);
        return digestCards.Render(digest, ChannelMessengers.ActionStyleFor(activity.ChannelId));
    }

    private async Task<RenderedCard> AlertsAsync(Activity activity, string address, bool off, CancellationToken cancellationToken)
    {
        if (Askers.IdOf(activity) is not { } id) return cards.Info("Meldingen", "Ik weet niet wie je bent, dus ik kan je meldingen niet aan- of uitzetten.");
        var pseudonym = await log.PseudonymAsync(id, cancellationToken);
        await alertRecipients.SetAlertsOffAsync(pseudonym, await conversations.SaveSenderAsync(activity, address, pseudonym, cancellationToken), off, cancellationToken);
        return cards.Info("Meldingen", off
            ? "Meldingen staan uit: je krijgt geen bericht meer als een contract waar je naar vroeg wijzigt of afloopt. Typ \"meldingen aan\" om ze weer te krijgen."
            : "Meldingen staan aan: als een contract waar je de afgelopen tijd naar vroeg wijzigt of afloopt, krijg je een kort bericht.");
    }

    private DigestAudience DefaultAudience(Activity activity)
    {
        if (activity.GetTeamsTeamId() is { } team && digestOptions.Value.TeamAudiences.TryGetValue(team, out var configured)) return configured;
        if (activity.Conversation?.Id is { } conversation && conversation == botOptions.Value.InkoopteamChannel) return DigestAudience.Inkoopteam;
        return LocalIdentities.Of(activity)?.IsInkoopteamMember == true ? DigestAudience.Inkoopteam : DigestAudience.Toegangen;
    }

    private RenderedCard Reply(string title, DigestReply reply) => cards.Info(title, reply.Text);
}
