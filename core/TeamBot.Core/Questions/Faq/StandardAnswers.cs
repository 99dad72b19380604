using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Log;

namespace TeamBot.Core.Questions.Faq;

/// <summary>
/// A standard answer the inkoopteam writes for a logged question outside a ticket (the digest's candidates). Like an
/// expert's ticket answer it is redacted before it is stored, and only a contract question gets one.
/// </summary>
public sealed class StandardAnswers(IRegionKnowledgeProvider knowledge, FaqCache faq)
{
    public const int MaxAnswerLength = 4000;

    public async Task<StandardAnswerOutcome> WriteAsync(QuestionLogEntry question, string? answer, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(answer)) return StandardAnswerOutcome.EmptyAnswer;
        if (answer.Length > MaxAnswerLength) return StandardAnswerOutcome.TooLong;
        if (question.Category != QuestionCategory.Contract) return StandardAnswerOutcome.NotAContractQuestion;
        var redacted = (await knowledge.GetAsync(cancellationToken)).Redactor.Redact(answer.Trim()).Text;
        await faq.SaveAsync(question.RedactedText, redacted, ticketId: null, cancellationToken);
        return StandardAnswerOutcome.Saved;
    }
}

public enum StandardAnswerOutcome
{
    Saved,
    EmptyAnswer,
    TooLong,
    NotAContractQuestion,
}
