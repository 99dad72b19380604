using TeamBot.Core.ReferralGuide;

namespace TeamBot.Core.Questions.Answering;

/// <summary>Everything an answerer needs about one question.</summary>
public sealed record AnswerContext(
    ReferralGuideSnapshot Guide,
    DateOnly Today,
    QuestionSubject Subject,
    string RedactedQuestion);
