using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Core.Questions;

/// <summary>What every front door shows: the answer text, its sources, and whether to escalate.</summary>
public sealed record QuestionAnswer(
    QuestionCategory Category,
    double Confidence,
    string Intent,
    string Text,
    string RedactedQuestion,
    IReadOnlyList<AnswerSource> Sources,
    bool Escalate,
    QuestionOutcome Outcome,
    long? LogId,
    string? ActionToken = null)
{
    /// <summary>The answer as it was given, read back from the log (to show its card again after a button press).</summary>
    public static QuestionAnswer FromLog(QuestionLogEntry entry) => new(
        entry.Category,
        entry.Confidence,
        entry.Intent,
        entry.AnswerText ?? "",
        entry.RedactedText,
        entry.Sources,
        entry.Escalate,
        entry.Outcome,
        entry.Id,
        entry.ActionToken);
}
