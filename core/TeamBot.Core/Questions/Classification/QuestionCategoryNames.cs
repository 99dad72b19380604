using TeamBot.Core.Language;
using TeamBot.Core.WireFormat;

namespace TeamBot.Core.Questions.Classification;

/// <summary>The names of question categories in JSON, logs and the test data (see <see cref="WireNames"/>).</summary>
public static class QuestionCategoryNames
{
    public static string ToWireName(this QuestionCategory category) => WireNames.Of<QuestionCategory>(category);

    /// <summary>The category with this wire name (case-insensitive, "casuïstiek" accepted); null when there is none.</summary>
    public static QuestionCategory? FromWireName(string? name) => WireNames.Parse<QuestionCategory>(name is null ? null : TextFolding.WithoutAccents(name));
}
