namespace TeamBot.Core.Escalations;

/// <summary>Delivers an expert's answer to whoever asked, in the channel they asked in (each channel implements it).</summary>
public interface IAskerNotifier
{
    /// <returns>Whether the answer reached the asker's conversation now.</returns>
    Task<bool> NotifyAsync(EscalationTicket answeredTicket, CancellationToken cancellationToken = default);
}
