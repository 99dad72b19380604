using TeamBot.Bot.Hosting;
using TeamBot.BotFramework;
using TeamBot.Core.Escalations;

namespace TeamBot.Bot.Conversations;

/// <summary>
/// Delivers expert answers that were stored while the asker could not be reached. A Teams conversation stays
/// reachable through its stored reference, so those are retried on a timer; a local chat conversation is gone for
/// good after a restart, so its answers go to the next local chat that opens (local mode is one user, this computer's).
/// </summary>
public sealed class AwaitingAnswerDelivery(
    IEscalationStore tickets,
    EscalationWorkflow escalations,
    ConversationReferences conversations,
    TimeProvider clock,
    ILogger<AwaitingAnswerDelivery> logger) : PeriodicWork(clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override TimeSpan Interval => Every;

    protected override string Description => "Delivering stored expert answers";

    private static readonly string LocalChatPrefix = DirectLine.DirectLineChannel.ChannelId + ":";

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => RetryAsync(stoppingToken);

    /// <returns>How many answers reached their asker now.</returns>
    public async Task<int> RetryAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        foreach (var ticket in await tickets.AwaitingDeliveryAsync(cancellationToken))
            if (!IsLocalChat(ticket) && await escalations.DeliverAsync(ticket, cancellationToken)) delivered++;
        return delivered;
    }

    /// <summary>Hands the local chat's waiting answers to the conversation that just opened.</summary>
    public async Task<int> DeliverToLocalChatAsync(ConversationReference opened, CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        foreach (var ticket in (await tickets.AwaitingDeliveryAsync(cancellationToken)).Where(IsLocalChat))
        {
            await conversations.MoveAsync(ticket.AskerAddress!, opened, cancellationToken);
            if (await escalations.DeliverAsync(ticket, cancellationToken)) delivered++;
        }
        return delivered;
    }

    private static bool IsLocalChat(EscalationTicket ticket) =>
        ticket.AskerAddress?.StartsWith(LocalChatPrefix, StringComparison.Ordinal) == true;
}
