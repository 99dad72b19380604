using TeamBot.Core.Formatting;

namespace TeamBot.Core.Digest;

/// <summary>
/// "digest aan" and "digest uit" in a channel. Who acts is checked against what: only inkoopteam members may subscribe
/// a channel to the inkoopteam's digest (it shows every gemeente's figures and the open escalations).
/// </summary>
public sealed class DigestSubscriptions(IDigestSubscriptionStore store, DigestRecipients recipients, DigestSchedule schedule, TimeProvider clock)
{
    /// <param name="audience">What the channel gets: as typed, else the team's configured audience.</param>
    /// <param name="municipality">The gemeente of the team or asker, for a toegangen digest.</param>
    public async Task<DigestReply> SubscribeAsync(string address, DigestAudience audience, bool actorIsInkoopteam, string? municipality, string? actorPseudonym, CancellationToken cancellationToken = default)
    {
        if (audience == DigestAudience.Inkoopteam && !actorIsInkoopteam)
            return DigestReply.Refused("Alleen leden van het inkoopteam kunnen een gesprek aanmelden voor het weekoverzicht van het inkoopteam. " +
                                       "Typ \"digest aan toegangen\" voor het weekoverzicht voor de toegangen.");
        if (recipients.ConfiguredChannel(address) is not null)
            return DigestReply.Done("Dit gesprek krijgt het weekoverzicht al via de instellingen van TeamBot; daar verandert de beheerder het ook.");
        if (!actorIsInkoopteam && await store.GetAsync(address, cancellationToken) is { Audience: DigestAudience.Inkoopteam })
            return DigestReply.Refused(InkoopteamOnly);
        var scope = audience == DigestAudience.Toegangen ? municipality : null;
        await store.SaveAsync(new DigestSubscription(address, audience, scope, actorPseudonym, clock.GetUtcNow()), cancellationToken);
        return DigestReply.Done($"Aangemeld: dit gesprek krijgt elke week het weekoverzicht voor {AudienceName(audience, scope)}. " +
                                $"Het volgende komt op {NextSend()}. Typ \"digest nu\" om het nu te zien, of \"digest uit\" om af te melden.");
    }

    public async Task<DigestReply> UnsubscribeAsync(string address, bool actorIsInkoopteam, CancellationToken cancellationToken = default)
    {
        if (recipients.ConfiguredChannel(address) is not null)
            return DigestReply.Refused("Dit gesprek krijgt het weekoverzicht via de instellingen van TeamBot (Digest:Channels); vraag de beheerder het daar uit te zetten.");
        if (!actorIsInkoopteam && await store.GetAsync(address, cancellationToken) is { Audience: DigestAudience.Inkoopteam })
            return DigestReply.Refused(InkoopteamOnly);
        return await store.RemoveAsync(address, cancellationToken)
            ? DigestReply.Done("Afgemeld: dit gesprek krijgt geen weekoverzicht meer. Typ \"digest aan\" om je weer aan te melden.")
            : DigestReply.Done("Dit gesprek was niet aangemeld voor het weekoverzicht. Typ \"digest aan\" om je aan te melden.");
    }

    /// <summary>What "digest nu" shows here: the channel's own subscription, else the audience asked for or the default.</summary>
    public async Task<DigestSubscription?> CurrentAsync(string address, CancellationToken cancellationToken = default) =>
        (await recipients.ListAsync(cancellationToken)).FirstOrDefault(s => s.Address == address);

    private const string InkoopteamOnly = "Dit gesprek krijgt het weekoverzicht van het inkoopteam; alleen leden van het inkoopteam kunnen dat wijzigen of uitzetten.";

    private string NextSend() => schedule.Next(clock.GetUtcNow()) is { } next
        ? next.ToString("dddd d MMMM 'om' HH:mm", DutchFormat.Culture)
        : "het volgende geplande moment";

    private static string AudienceName(DigestAudience audience, string? municipality) => audience switch
    {
        DigestAudience.Inkoopteam => "het inkoopteam",
        _ when municipality is not null => $"de toegang van {municipality}",
        _ => "de toegangen",
    };
}

/// <summary>The bot's answer to a digest command; Refused when the actor may not do it.</summary>
public sealed record DigestReply(bool Succeeded, string Text)
{
    public static DigestReply Done(string text) => new(true, text);

    public static DigestReply Refused(string text) => new(false, text);
}
