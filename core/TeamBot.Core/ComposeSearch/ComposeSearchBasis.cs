namespace TeamBot.Core.ComposeSearch;

/// <summary>What the results of a compose-box search are.</summary>
public enum ComposeSearchBasis
{
    /// <summary>The contracts of what the query names.</summary>
    Matches,

    /// <summary>An empty query: the contracts of the products the gemeente asked about most.</summary>
    MostAsked,

    /// <summary>The query names nothing of the region.</summary>
    NothingFound,
}
