namespace TeamBot.Core.Questions.Classification;

/// <summary>
/// The category a question was classified into, with the probability of that category as its confidence and
/// the probability of every category (they sum to 1).
/// </summary>
public sealed record Classification(
    QuestionCategory Category,
    double Confidence,
    IReadOnlyDictionary<QuestionCategory, double> Scores);
