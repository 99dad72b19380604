using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamBot.Core.Formatting;
using TeamBot.Core.Questions.Answering;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;
using ClassificationResult = TeamBot.Core.Questions.Classification.Classification;

namespace TeamBot.Core.Questions;

/// <summary>
/// The one entry point every front door uses: redact -> classify -> answer -> log.
/// Nothing downstream of the redactor ever sees the original text.
/// </summary>
public sealed class QuestionService(
    IRegionKnowledgeProvider knowledgeProvider,
    QuestionClassifier classifier,
    CaseQuestionResponder caseResponder,
    FaqCache faq,
    IQuestionLog log,
    IOptions<QuestionOptions> options,
    RegionCalendar calendar,
    TimeProvider clock,
    ILogger<QuestionService> logger)
{
    public async Task<QuestionAnswer> AskAsync(QuestionRequest request, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var knowledge = await knowledgeProvider.GetAsync(cancellationToken);
        var text = QuestionText.Clean(request.Text);
        var tooLong = text.Length > options.Value.MaxQuestionLength;
        var redacted = knowledge.Redactor.Redact(tooLong ? text[..options.Value.MaxQuestionLength] : text).Text;
        var (classification, draft) = tooLong
            ? (ClassificationResult.Certain(QuestionCategory.Other), TooLong())
            : await FaqAnswerAsync(redacted, cancellationToken) ?? Answer(knowledge, redacted, request);
        var latency = clock.GetElapsedTime(started).TotalMilliseconds;
        var (logId, actionToken) = await LogAsync(request, KnownMunicipality(knowledge, request.AskerMunicipality), redacted, classification, draft, latency, cancellationToken);
        var category = classification.Category.ToWireName();
        logger.QuestionAnswered(logId, category, draft.Intent, draft.Outcome, latency);
        return new QuestionAnswer(classification.Category, classification.Confidence, draft.Intent, draft.Text, redacted,
            draft.Sources, draft.Escalate, draft.Outcome, logId, actionToken);
    }

    /// <summary>A standard answer the inkoopteam saved for this very question comes first.</summary>
    private async Task<(ClassificationResult, AnswerDraft)?> FaqAnswerAsync(string redacted, CancellationToken cancellationToken)
    {
        if (await faq.FindAsync(redacted, cancellationToken) is not { } entry) return null;
        var source = new AnswerSource(AnswerSourceKind.Faq, "Standaardantwoord van het inkoopteam", entry.TicketId is { } id ? $"ticket #{id}" : null);
        return (ClassificationResult.Certain(QuestionCategory.Contract), new AnswerDraft("faq", entry.Answer, [source], QuestionOutcome.Answered));
    }


    private (ClassificationResult, AnswerDraft) Answer(RegionKnowledge knowledge, string redacted, QuestionRequest request)
    {
        var subject = QuestionSubject.From(knowledge.Guide.Resolver.Resolve(redacted), KnownMunicipality(knowledge, request.AskerMunicipality));
        var classification = request.AsCategory is { } asked ? ClassificationResult.Certain(asked) : WithRegionEvidence(classifier.Classify(redacted), subject);
        var context = new AnswerContext(knowledge.Guide, calendar.Today, subject, redacted);
        var draft = classification.Category switch
        {
            QuestionCategory.Contract => AnswerContract(knowledge, context),
            QuestionCategory.CaseQuestion => caseResponder.Respond(context),
            _ => OtherResponder.Respond(redacted),
        };
        return (classification, draft);
    }

    /// <summary>
    /// Overig questions almost never name an aanbieder or product of the region; when one does, the region data
    /// outweighs the word model, which has never seen these names.
    /// </summary>
    private static ClassificationResult WithRegionEvidence(ClassificationResult classification, QuestionSubject subject)
    {
        if (classification.Category != QuestionCategory.Other || subject.Providers.Count + subject.ProductCodes.Count == 0)
            return classification;
        return classification with { Category = QuestionCategory.Contract, Confidence = Math.Max(classification.Scores[QuestionCategory.Contract], 0.6) };
    }

    private static AnswerDraft AnswerContract(RegionKnowledge knowledge, AnswerContext context)
    {
        var intent = IntentDetector.Detect(new IntentCues(context.RedactedQuestion), context.Subject);
        return ContractAnswerer.Answer(intent, context) ?? DocumentAnswerer.Answer(knowledge.Search, context.RedactedQuestion);
    }

    private static string? KnownMunicipality(RegionKnowledge knowledge, string? name) =>
        name is null ? null : knowledge.Guide.Municipality(name.Trim())?.Name;

    private AnswerDraft TooLong() => new("too_long",
        $"Je vraag is te lang (meer dan {options.Value.MaxQuestionLength.ToString("N0", DutchFormat.Culture)} tekens). Stel je vraag korter, in een paar zinnen, dan help ik je graag.",
        [], QuestionOutcome.Refused);

    private async Task<(long Id, string ActionToken)> LogAsync(QuestionRequest request, string? municipality, string redacted, ClassificationResult classification, AnswerDraft draft, double latency, CancellationToken cancellationToken)
    {
        var pseudonym = request.AskerId is null ? null : await log.PseudonymAsync(request.AskerId, cancellationToken);
        var entry = new QuestionLogEntry(0, clock.GetUtcNow(), redacted, classification.Category, classification.Confidence,
            draft.Intent, draft.Outcome, draft.Sources, pseudonym, municipality, request.Channel, latency,
            AnswerText: draft.Text, Escalate: draft.Escalate, ActionToken: CardReference.New());
        return (await log.AppendAsync(entry, cancellationToken), entry.ActionToken!);
    }
}
