namespace TeamBot.Core.Search;

/// <summary>The Lucene fields of one section and how much a match in each counts.</summary>
internal static class SearchFields
{
    public const string Heading = "heading";
    public const string Text = "text";
    public const string Path = "path";
    public const string Title = "title";
    public const string CompoundParts = "parts";
    public const string Ordinal = "ordinal";

    // A heading names the topic of the whole section; the path and the title only place it, so they count
    // less and only for the question's own words (fewer clauses keep the search fast). A part of a compound
    // ("termijn" in "Declaratietermijn") counts as much as a word of the text, wherever the compound stands.
    public static readonly IReadOnlyList<FieldBoost> Searched =
    [
        new(Heading, 3.0f),
        new(Text, 1.0f),
        new(CompoundParts, 1.0f, MatchesAlternatives: false),
        new(Path, 0.6f, MatchesAlternatives: false),
        new(Title, 0.3f, MatchesAlternatives: false),
    ];

    /// <summary>The fields where a phrase in the question is worth a bonus: running text, not labels.</summary>
    public static readonly IReadOnlyList<FieldBoost> Phrased =
    [
        new(Heading, 1.5f),
        new(Text, 1.0f),
    ];
}
