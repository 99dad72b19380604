using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamBot.Core.Formatting;
using TeamBot.Core.Questions.Answering;
using TeamBot.Core.Questions.Classification;
using TeamBot.Core.Questions.Faq;
using TeamBot.Core.Questions.Log;
using TeamBot.Core.Regions;
using TeamBot.Core.Search;
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
    // An overig question phrased as a rule whose statement a document section makes this surely is a question about the contracts.
    private const double DocumentEvidence = 0.4;

    public async Task<QuestionAnswer> AskAsync(QuestionRequest request, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var knowledge = await knowledgeProvider.GetAsync(cancellationToken);
        var text = QuestionText.Clean(request.Text);
        var tooLong = text.Length > options.Value.MaxQuestionLength;
        var redacted = knowledge.Redactor.Redact(tooLong ? text[..options.Value.MaxQuestionLength] : text).Text;
        var (classification, draft, topics) = tooLong
            ? (ClassificationResult.Certain(QuestionCategory.Other), TooLong(), QuestionTopics.None)
            : await AnswerAsync(knowledge, redacted, request, cancellationToken);
        var latency = clock.GetElapsedTime(started).TotalMilliseconds;
        var (logId, actionToken) = await LogAsync(request, KnownMunicipality(knowledge, request.AskerMunicipality), redacted, classification, draft, topics, latency, cancellationToken);
        var category = classification.Category.ToWireName();
        logger.QuestionAnswered(logId, category, draft.Intent, draft.Outcome, latency);
        return new QuestionAnswer(classification.Category, classification.Confidence, draft.Intent, draft.Text, redacted,
            draft.Sources, draft.Escalate, draft.Outcome, logId, actionToken);
    }

    /// <summary>
    /// A standard answer the inkoopteam saved for a question of the same meaning comes first, for contract questions
    /// only: it never turns casuïstiek into a contract question.
    /// </summary>
    private async Task<(ClassificationResult, AnswerDraft, QuestionTopics)> AnswerAsync(RegionKnowledge knowledge, string redacted, QuestionRequest request, CancellationToken cancellationToken)
    {
        var (classification, draft, subject) = Answer(knowledge, redacted, request);
        var topics = new QuestionTopics(subject.Providers, subject.ProductCodes, subject.Municipality);
        if (classification.Category != QuestionCategory.Contract) return (classification, draft, topics);
        if (await faq.FindAsync(redacted, question => NamesIn(knowledge, question), cancellationToken) is not { } entry) return (classification, draft, topics);
        var source = new AnswerSource(AnswerSourceKind.Faq, "Standaardantwoord van het inkoopteam", entry.TicketId is { } id ? $"ticket #{id}" : null);
        return (classification, new AnswerDraft("faq", entry.Answer, [source], QuestionOutcome.Answered), topics);
    }

    private static HashSet<string> NamesIn(RegionKnowledge knowledge, string question) =>
        knowledge.Guide.Resolver.Resolve(question).Where(m => m.Kind is not (ReferralGuide.EntityKind.Specialisation or ReferralGuide.EntityKind.Region))
            .Select(m => $"{m.Kind}:{m.Key}").ToHashSet(StringComparer.OrdinalIgnoreCase);


    private (ClassificationResult, AnswerDraft, QuestionSubject) Answer(RegionKnowledge knowledge, string redacted, QuestionRequest request)
    {
        var cues = new IntentCues(redacted);
        var subject = QuestionSubject.From(knowledge.Guide.Resolver.Resolve(redacted), KnownMunicipality(knowledge, request.AskerMunicipality), cues.Tokens, redacted, calendar.Today);
        var classification = request.AsCategory is { } asked
            ? ClassificationResult.Certain(asked)
            : WithRegionEvidence(classifier.Classify(redacted), subject, cues, knowledge);
        var context = new AnswerContext(knowledge.Guide, calendar.Today, subject, redacted);
        var draft = classification.Category switch
        {
            QuestionCategory.Contract => AnswerContract(knowledge, context, cues),
            QuestionCategory.CaseQuestion => caseResponder.Respond(context),
            _ => OtherResponder.Respond(redacted),
        };
        return (classification, draft, subject);
    }

    /// <summary>
    /// "Kan ik de cliënt naar X sturen voor Y" names no one and asks no advice: whether X is contracted for Y, a verwijsgids
    /// question, however much "de cliënt" sounds like casuïstiek.
    /// Overig questions almost never name an aanbieder or product of the region, ask who delivers a specialisatie of its
    /// aanbieders ("wie doet EMDR"), ask how to reach the inkoopteam, or
    /// match a rule of the contract documents closely; when one does, that evidence outweighs the word model, which
    /// has never seen these names or documents.
    /// </summary>
    private static ClassificationResult WithRegionEvidence(ClassificationResult classification, QuestionSubject subject, IntentCues cues, RegionKnowledge knowledge)
    {
        if (classification.Category == QuestionCategory.CaseQuestion && cues.AsksWhetherAnAanbiederMayBeUsed(subject))
            return classification with { Category = QuestionCategory.Contract, Confidence = Math.Max(classification.Scores[QuestionCategory.Contract], 0.6) };
        if (classification.Category != QuestionCategory.Other) return classification;
        var evidence = subject.Providers.Count + subject.ProductCodes.Count > 0
                       || subject.Specialisations.Count > 0 && cues.AsksWhichProviders
                       || cues.NamesProcurementTeam && (cues.AsksContact || cues.AsksReach || cues.AsksContactDetail)
                       || cues.Rule != RuleKind.None && RuleAnswerer.Evidence(knowledge.Search, subject.Residual, cues) >= DocumentEvidence;
        return evidence
            ? classification with { Category = QuestionCategory.Contract, Confidence = Math.Max(classification.Scores[QuestionCategory.Contract], 0.6) }
            : classification;
    }

    /// <summary>
    /// What the question asks decides the route: the verwijsgids for its attributes, the documents for rules. A question
    /// that names a product but asks something the verwijsgids does not hold ("de wachttijdnorm voor jeugd-ggz") goes
    /// to the documents when they answer what it asks; the verwijsgids then adds its list as context.
    /// </summary>
    private static AnswerDraft AnswerContract(RegionKnowledge knowledge, AnswerContext context, IntentCues cues)
    {
        var intent = IntentDetector.Detect(cues, context.Subject);
        if (intent is ContractIntent.ProvidersForProduct or ContractIntent.ProviderProducts or ContractIntent.ProductInfo or ContractIntent.ProvidersForSpecialisation
            && AsksBeyondTheGuide(knowledge, context, cues)
            && RuleAnswerer.Answer(knowledge.Search, context, cues, ContractIntent.Rule) is { Outcome: QuestionOutcome.Answered } rule)
            return rule;
        return ContractAnswerer.Answer(intent, context, cues)
               ?? RuleAnswerer.Answer(knowledge.Search, context, cues, intent == ContractIntent.Rule ? ContractIntent.Rule : ContractIntent.Document);
    }

    private static bool AsksBeyondTheGuide(RegionKnowledge knowledge, AnswerContext context, IntentCues cues) =>
        !cues.AsksWhichProviders && !cues.AsksContracted && !cues.AsksContractList && !cues.IsPolar && !cues.AsksProviderProducts
        && context.Subject.Unresolved is not null
        && knowledge.Search.Search(context.Subject.Residual, maxHits: 1) is [{ Confidence: >= DocumentSearchIndex.AnswerThreshold }];

    private static string? KnownMunicipality(RegionKnowledge knowledge, string? name) =>
        name is null ? null : knowledge.Guide.Municipality(name.Trim())?.Name;

    private AnswerDraft TooLong() => new("too_long",
        $"Je vraag is te lang (meer dan {options.Value.MaxQuestionLength.ToString("N0", DutchFormat.Culture)} tekens). Stel je vraag korter, in een paar zinnen, dan help ik je graag.",
        [], QuestionOutcome.Refused);

    private async Task<(long Id, string ActionToken)> LogAsync(QuestionRequest request, string? municipality, string redacted, ClassificationResult classification, AnswerDraft draft, QuestionTopics topics, double latency, CancellationToken cancellationToken)
    {
        var pseudonym = request.AskerId is null ? null : await log.PseudonymAsync(request.AskerId, cancellationToken);
        var entry = new QuestionLogEntry(0, clock.GetUtcNow(), redacted, classification.Category, classification.Confidence,
            draft.Intent, draft.Outcome, draft.Sources, pseudonym, municipality, request.Channel, latency,
            AnswerText: draft.Text, Escalate: draft.Escalate, ActionToken: CardReference.New(), Topics: topics);
        return (await log.AppendAsync(entry, cancellationToken), entry.ActionToken!);
    }
}
