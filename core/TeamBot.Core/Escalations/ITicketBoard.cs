namespace TeamBot.Core.Escalations;

/// <summary>Where the inkoopteam sees tickets: a card per ticket in its channel, updated as the ticket changes.</summary>
public interface ITicketBoard
{
    /// <param name="askerAddress">The asker's conversation, so the card goes out through the same service.</param>
    /// <returns>Where the card was posted (to update it later), or null when no inkoopteam channel is configured.</returns>
    Task<string?> PostAsync(EscalationTicket ticket, string askerAddress, CancellationToken cancellationToken = default);
}
