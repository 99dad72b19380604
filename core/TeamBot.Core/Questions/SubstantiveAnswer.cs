using TeamBot.Core.Questions.Classification;

namespace TeamBot.Core.Questions;

/// <summary>
/// An answer that settles a contract or casuïstiek question by itself: answered or redirected, with no offer to
/// escalate. Small talk never counts. Cards offer feedback on exactly these; the evaluatie counts them as answered at once.
/// </summary>
public static class SubstantiveAnswer
{
    public static bool Is(QuestionCategory category, QuestionOutcome outcome, bool escalate) =>
        !escalate && category != QuestionCategory.Other && outcome is QuestionOutcome.Answered or QuestionOutcome.Redirected;
}
