namespace TeamBot.Core.ComposeSearch;

/// <summary>
/// The result a user picked, as the preview's tap carried it back; from the client, so it is looked up again and
/// trusted for nothing. <see cref="Query"/> is the query as it was typed (redacted again before it is logged);
/// <see cref="ContractKey"/> tells apart contracts of one aanbieder, product and perceel that differ in gemeenten.
/// </summary>
public sealed record ComposeChoice(string Provider, string ProductCode, string? Lot, string? Municipality, string? Query, string? ContractKey = null)
{
    /// <summary>Names, codes and a query of a search box are far shorter; anything longer is no choice of ours.</summary>
    public const int MaxFieldLength = 300;

    /// <summary>A key lists the contract's gemeenten, so it may be longer than a name; a region has a few dozen at most.</summary>
    public const int MaxKeyLength = 2000;

    public bool IsBounded =>
        new[] { Provider, ProductCode, Lot, Municipality, Query }.All(value => value is null || value.Length <= MaxFieldLength)
        && (ContractKey is null || ContractKey.Length <= MaxKeyLength)
        && Provider.Length > 0 && ProductCode.Length > 0;
}
