namespace TeamBot.Core.Questions.Classification;

/// <summary>The names of question categories in JSON, logs and the test data.</summary>
public static class QuestionCategoryNames
{
    public static string ToWireName(this QuestionCategory category) => category switch
    {
        QuestionCategory.Contract => "contract",
        QuestionCategory.CaseQuestion => "casuistiek",
        QuestionCategory.Other => "overig",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>The category with this wire name (case-insensitive, "casuïstiek" accepted); null when there is none.</summary>
    public static QuestionCategory? FromWireName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "contract" => QuestionCategory.Contract,
        "casuistiek" or "casuïstiek" => QuestionCategory.CaseQuestion,
        "overig" => QuestionCategory.Other,
        _ => null,
    };
}
