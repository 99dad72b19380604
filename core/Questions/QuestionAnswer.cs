using TeamBot.Core.Questions.Classification;

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
    long? LogId);
