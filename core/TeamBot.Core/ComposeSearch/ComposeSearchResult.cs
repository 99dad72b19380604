namespace TeamBot.Core.ComposeSearch;

/// <param name="Municipality">The gemeente the results are for (named in the query, the user's default, or none).</param>
/// <param name="Total">How many contracts matched before the list was cut to what Teams shows.</param>
/// <param name="DataDate">The day the contract data was judged on (in force, ended).</param>
public sealed record ComposeSearchResult(
    IReadOnlyList<ContractHit> Hits,
    int Total,
    string? Municipality,
    ComposeSearchBasis Basis,
    DateOnly DataDate)
{
    /// <summary>The query as it was read, personal data replaced.</summary>
    public string RedactedQuery { get; init; } = "";
}
