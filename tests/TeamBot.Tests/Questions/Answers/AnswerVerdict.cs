using TeamBot.Core.Questions;

namespace TeamBot.Tests.Questions.Answers;

/// <summary>How one answer fared against its case.</summary>
public sealed record AnswerVerdict(AnswerCase Case, QuestionAnswer Answer, IReadOnlyList<string> Problems, bool WrongYes)
{
    public bool IsRight => Problems.Count == 0;
}
