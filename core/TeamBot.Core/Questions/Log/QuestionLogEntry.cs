using TeamBot.Core.Escalations;
using TeamBot.Core.Questions.Classification;

namespace TeamBot.Core.Questions.Log;

/// <summary>
/// One logged question. Only the redacted text is ever stored, and the asker only as a pseudonym.
/// Feedback and escalation state attach later. The answer text is kept so a card can be shown again after a button press.
/// </summary>
/// <param name="OverrideOf">This entry answers entry <c>OverrideOf</c> again as a contract question, after its asker
/// pressed "dit is toch een contractvraag" there.</param>
/// <param name="Topics">The aanbieders and products the question named; none for questions read from before topics were kept.</param>
public sealed record QuestionLogEntry(
    long Id,
    DateTimeOffset AskedAt,
    string RedactedText,
    QuestionCategory Category,
    double Confidence,
    string Intent,
    QuestionOutcome Outcome,
    IReadOnlyList<AnswerSource> Sources,
    string? AskerPseudonym,
    string? AskerMunicipality,
    string Channel,
    double LatencyMilliseconds,
    AnswerFeedback? Feedback = null,
    EscalationState? EscalationState = null,
    string? AnswerText = null,
    bool Escalate = false,
    string? ActionToken = null,
    long? OverrideOf = null,
    QuestionTopics? Topics = null)
{
    /// <summary>How exports and figures name the gemeente of an asker who gave none.</summary>
    public const string UnknownMunicipality = "(onbekend)";
}
