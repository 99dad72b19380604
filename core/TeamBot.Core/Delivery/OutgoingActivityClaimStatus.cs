namespace TeamBot.Core.Delivery;

/// <summary>What the outgoing activity log says about an activity id.</summary>
public enum OutgoingActivityClaimStatus
{
    /// <summary>Not sent before: the caller now owns the send.</summary>
    Claimed,

    /// <summary>Sent before; the stored Connector response is returned instead of posting again.</summary>
    AlreadySent,

    /// <summary>Another caller is sending it right now.</summary>
    InProgress,
}
