namespace TeamBot.Core.Delivery;

/// <summary>The answer to a claim: its status and, when already sent, the Connector's response body.</summary>
public sealed record OutgoingActivityClaim(OutgoingActivityClaimStatus Status, string? ResponseJson = null)
{
    public static OutgoingActivityClaim Claimed { get; } = new(OutgoingActivityClaimStatus.Claimed);

    public static OutgoingActivityClaim InProgress { get; } = new(OutgoingActivityClaimStatus.InProgress);

    public static OutgoingActivityClaim AlreadySent(string? responseJson) => new(OutgoingActivityClaimStatus.AlreadySent, responseJson);
}
