using TeamBot.Bot.Hosting;
using TeamBot.BotFramework;
using TeamBot.Core.Cards;
using TeamBot.Core.Escalations;
using TeamBot.Core.Regions;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// Marks ticket cards "te laat" in the inkoopteam channel once a ticket is open longer than 5 werkdagen,
/// checking every hour. Updating a card is idempotent, so several instances doing it is harmless.
/// </summary>
public sealed class OverdueTicketUpdater(
    IEscalationStore tickets,
    ConversationReferences conversations,
    ChannelMessengers messengers,
    CardFactory cards,
    RegionCalendar calendar,
    TimeProvider clock,
    ILogger<OverdueTicketUpdater> logger) : PeriodicWork(clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override TimeSpan Interval => Every;

    protected override string Description => "Marking overdue tickets";

    private readonly HashSet<long> _marked = [];
    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => MarkOverdueAsync(stoppingToken);

    /// <returns>How many ticket cards were updated.</returns>
    public async Task<int> MarkOverdueAsync(CancellationToken cancellationToken = default)
    {
        await _oneRunAtATime.WaitAsync(cancellationToken);
        try
        {
            return await MarkOverdueOnceAsync(cancellationToken);
        }
        finally
        {
            _oneRunAtATime.Release();
        }
    }

    private async Task<int> MarkOverdueOnceAsync(CancellationToken cancellationToken)
    {
        var updated = 0;
        foreach (var ticket in await tickets.ListAsync(EscalationState.Open, cancellationToken))
        {
            if (_marked.Contains(ticket.Id) || !ticket.IsOverdue(calendar) || ticket.TicketCardAddress is null) continue;
            if (await UpdateCardAsync(ticket, cancellationToken)) updated++;
            _marked.Add(ticket.Id);
        }
        return updated;
    }

    private async Task<bool> UpdateCardAsync(EscalationTicket ticket, CancellationToken cancellationToken)
    {
        var (address, activityId) = TicketCardAddress.Parse(ticket.TicketCardAddress!);
        if (activityId is null || await conversations.GetAsync(address, cancellationToken) is not { } channel) return false;
        var card = cards.EscalationTicket(ticket, ChannelMessengers.ActionStyleFor(channel.ChannelId));
        await messengers.For(channel.ChannelId).UpdateAsync(channel, activityId, new Activity { Attachments = [Attachment.AdaptiveCard(card.Element)] }, cancellationToken);
        logger.MarkedOverdue(ticket.Id);
        return true;
    }
}
