namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// The category a question was classified into, with the probability of that category as its confidence and
/// the probability of every category (they sum to 1).
/// </summary>
public sealed record Classification(
    QuestionCategory Category,
    double Confidence,
    IReadOnlyDictionary<QuestionCategory, double> Scores)
{
    /// <summary>A category decided without the model (no words at all, a too long text, a standard answer).</summary>
    public static Classification Certain(QuestionCategory category) =>
        new(category, 1.0, Enum.GetValues<QuestionCategory>().ToDictionary(c => c, c => c == category ? 1.0 : 0.0));
}
