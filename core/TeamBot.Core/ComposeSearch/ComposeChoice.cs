namespace TeamBot.Core.ComposeSearch;

/// <summary>
/// The result a user picked, as the preview's tap carried it back; from the client, so it is looked up again and
/// trusted for nothing. <see cref="Query"/> is the query as it was typed (redacted again before it is logged).
/// </summary>
public sealed record ComposeChoice(string Provider, string ProductCode, string? Lot, string? Municipality, string? Query)
{
    /// <summary>Names, codes and a query of a search box are far shorter; anything longer is no choice of ours.</summary>
    public const int MaxFieldLength = 300;

    public bool IsBounded =>
        new[] { Provider, ProductCode, Lot, Municipality, Query }.All(value => value is null || value.Length <= MaxFieldLength)
        && Provider.Length > 0 && ProductCode.Length > 0;
}
