namespace TeamBot.Core.Questions.Answering;

/// <summary>An answer before it is logged: what the answerer decided.</summary>
public sealed record AnswerDraft(
    string Intent,
    string Text,
    IReadOnlyList<AnswerSource> Sources,
    QuestionOutcome Outcome,
    bool Escalate = false);
