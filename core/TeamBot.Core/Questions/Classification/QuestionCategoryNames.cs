using TeamBot.Core.Language;
using TeamBot.Core.WireFormat;

namespace TeamBot.Core.Questions.Classification;

/// <summary>The names of question categories in JSON, logs and the test data (see <see cref="WireNames{TEnum}"/>).</summary>
public static class QuestionCategoryNames
{
    public static string ToWireName(this QuestionCategory category) => WireNames<QuestionCategory>.Of(category);

    /// <summary>The category with this wire name (case-insensitive, "casuïstiek" accepted); null when there is none.</summary>
    public static QuestionCategory? FromWireName(string? name) => WireNames<QuestionCategory>.Parse(name is null ? null : TextFolding.WithoutAccents(name));
}
