namespace TeamBot.Core.Delivery;

/// <summary>
/// Remembers which outgoing activities were sent, so a retry or a repeated call with the same logical id
/// never posts twice. Keys are "{conversation id}|{activity id}" (or "createConversation|{activity id}").
/// A database implementation shares this across instances.
/// </summary>
public interface IOutgoingActivityLog
{
    /// <summary>Atomically takes the key for sending, unless it was sent or is being sent.</summary>
    Task<OutgoingActivityClaim> TryClaimAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Records a successful send with the Connector's response body.</summary>
    Task MarkSentAsync(string key, string? responseJson, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back after a failed send, so a later call may try again.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken = default);
}
