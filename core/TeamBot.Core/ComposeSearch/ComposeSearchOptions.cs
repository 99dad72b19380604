namespace TeamBot.Core.ComposeSearch;

/// <summary>The Teams compose-box search ("Verwijsgids"), section <c>ComposeSearch</c>.</summary>
public sealed class ComposeSearchOptions
{
    public const string Section = "ComposeSearch";

    /// <summary>Teams shows at most 25 results of a search-based message extension.</summary>
    public const int TeamsMaxResults = 25;

    /// <summary>A search box holds a few words; longer input is cut here before anything reads it.</summary>
    public int MaxQueryLength { get; set; } = 200;

    /// <summary>A message asked about with "Vraag TeamBot" is cut here, as the chat cuts a long question.</summary>
    public int MaxQuestionLength { get; set; } = 1000;

    public int MaxResults { get; set; } = TeamsMaxResults;

    /// <summary>How far back the question log is read for the most asked products an empty search shows.</summary>
    public int PopularLookbackDays { get; set; } = 90;

    /// <summary>How many of the most asked products an empty search shows the contracts of.</summary>
    public int PopularProducts { get; set; } = 5;

    /// <summary>How long the most asked products of a gemeente are kept before the log is read again.</summary>
    public TimeSpan PopularCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MaxQueryLength is < 10 or > 1000) problems.Add($"ComposeSearch:MaxQueryLength {MaxQueryLength} moet tussen 10 en 1000 liggen");
        if (MaxQuestionLength is < 10 or > 4000) problems.Add($"ComposeSearch:MaxQuestionLength {MaxQuestionLength} moet tussen 10 en 4000 liggen");
        if (MaxResults is < 1 or > TeamsMaxResults) problems.Add($"ComposeSearch:MaxResults {MaxResults} moet tussen 1 en {TeamsMaxResults} liggen (Teams toont er niet meer)");
        if (PopularLookbackDays is < 1 or > 731) problems.Add($"ComposeSearch:PopularLookbackDays {PopularLookbackDays} moet tussen 1 en 731 liggen");
        if (PopularProducts is < 1 or > 25) problems.Add($"ComposeSearch:PopularProducts {PopularProducts} moet tussen 1 en 25 liggen");
        if (PopularCacheDuration < TimeSpan.Zero || PopularCacheDuration > TimeSpan.FromDays(1)) problems.Add("ComposeSearch:PopularCacheDuration moet tussen 0 en 1 dag liggen");
        return problems;
    }
}
