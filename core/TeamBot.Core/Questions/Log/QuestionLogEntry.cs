namespace TeamBot.Core.Questions.Log;

/// <summary>
/// One logged question. Only the redacted text is ever stored, and the asker only as a pseudonym.
/// Feedback and escalation state attach later. The answer text is kept so a card can be shown again after a button press.
/// </summary>
public sealed record QuestionLogEntry(
    long Id,
    DateTimeOffset AskedAt,
    string RedactedText,
    string Category,
    double Confidence,
    string Intent,
    string Outcome,
    IReadOnlyList<AnswerSource> Sources,
    string? AskerPseudonym,
    string? AskerMunicipality,
    string Channel,
    double LatencyMilliseconds,
    string? Feedback = null,
    string? EscalationState = null,
    string? AnswerText = null,
    bool Escalate = false);
