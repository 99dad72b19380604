namespace TeamBot.Core.Questions;

public enum QuestionOutcome
{
    Answered,
    /// <summary>Casuïstiek: redirected to the toegang's own process.</summary>
    Redirected,
    Escalated,
    Unanswered,
    /// <summary>The input itself was refused (too long).</summary>
    Refused,
}
